-- E-mail notifications: preferences per user and kind, an outbox sent by a scheduled job, the
-- day's digest items, unsubscribe tokens, reminders sent once, and first sign-in links.

create table mail_preference (
    user_id bigint      not null references app_user (id) on delete cascade,
    kind    varchar(40) not null,
    mode    varchar(16) not null check (mode in ('IMMEDIATE', 'DIGEST', 'NEVER')),
    primary key (user_id, kind)
);

-- every message to send, written in the transaction that decided it; sent by MailDispatcher
create table mail_outbox (
    id                bigserial primary key,
    user_id           bigint references app_user (id) on delete cascade,
    kind              varchar(40)  not null,
    recipient         varchar(254) not null,
    subject           varchar(400) not null,
    body              text         not null,
    unsubscribe_token varchar(64),
    status            varchar(16)  not null default 'PENDING'
        check (status in ('PENDING', 'SENT', 'FAILED', 'NOT_SENT')),
    attempts          integer      not null default 0,
    next_attempt_at   timestamptz  not null,
    last_error        varchar(500),
    created_at        timestamptz  not null,
    sent_at           timestamptz
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_user on mail_outbox (user_id);

-- messages kept for a user's daily digest, already in the user's language
create table mail_digest_item (
    id          bigserial primary key,
    user_id     bigint        not null references app_user (id) on delete cascade,
    kind        varchar(40)   not null,
    line        varchar(1000) not null,
    link        varchar(500)  not null,
    created_at  timestamptz   not null,
    digested_at timestamptz
);
create index mail_digest_item_open on mail_digest_item (user_id) where digested_at is null;

-- a random token per user and kind ('DIGEST': every kind the user receives in the digest)
create table mail_unsubscribe_token (
    token   varchar(64) primary key,
    user_id bigint      not null references app_user (id) on delete cascade,
    kind    varchar(40) not null,
    unique (user_id, kind)
);

-- reminders sent once per thing (a mandate ending, an overdue action item)
create table mail_reminder_sent (
    kind         varchar(40) not null,
    reference_id bigint      not null,
    sent_at      timestamptz not null,
    primary key (kind, reference_id)
);

-- one-time links to set a first password; only the SHA-256 of the token is kept
create table first_sign_in_token (
    token_hash varchar(64) primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null
);
create index first_sign_in_token_user on first_sign_in_token (user_id);
