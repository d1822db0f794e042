-- API POSTs sent with an Idempotency-Key header: the first answer is kept for 24 hours and given
-- again to a retry with the same key, so that a client retrying after a lost answer does not create
-- twice. A row without completed_at is a request still being worked on (or abandoned by an instance
-- that died: it may be taken over after a short while).
create table api_idempotent_request (
    owner           varchar(100)  not null,
    idempotency_key varchar(255)  not null,
    fingerprint     char(64)      not null,
    claimed_at      timestamptz   not null,
    completed_at    timestamptz,
    status          integer,
    content_type    varchar(200),
    location        varchar(2000),
    body            bytea,
    constraint pk_api_idempotent_request primary key (owner, idempotency_key)
);
create index ix_api_idempotent_request_claimed on api_idempotent_request (claimed_at);
