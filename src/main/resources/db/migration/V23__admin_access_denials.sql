-- Refused requests, counted per actor (user name, or address when anonymous), 10-minute window and
-- refusal (method, path, reason). The append-only audit log gets one row for the first refusal of
-- each kind in a window, at most 20 per actor and window; every later refusal only adds to
-- "denials" here, so nobody can grow the audit log without bound by repeating refused requests.
-- This table is not append-only: windows older than 90 days are deleted.
create table audit_access_denial (
    actor_key      varchar(128) not null,
    window_start   timestamptz  not null,
    detail         varchar(500) not null,
    denials        integer      not null,
    last_denied_at timestamptz  not null,
    audit_event_id bigint, -- the audit row of this kind and window; no foreign key, which would stop the
                          -- append-only trigger from being the one refusing a truncate
    constraint pk_audit_access_denial primary key (actor_key, window_start, detail)
);
create index ix_audit_access_denial_event on audit_access_denial (audit_event_id);
create index ix_audit_access_denial_window on audit_access_denial (window_start);
