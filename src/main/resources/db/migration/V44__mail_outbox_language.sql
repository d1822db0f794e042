-- The recipient's language of each message, so that its HTML part is written in it (null: rows kept
-- before HTML messages, sent as plain text only).
alter table mail_outbox add column language varchar(2)
    constraint ck_mail_outbox_language check (language in ('en', 'fr'));
