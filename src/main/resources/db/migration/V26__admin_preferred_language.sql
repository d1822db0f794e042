-- The language a user chose with the switch on every page (null: the browser's language).
alter table app_user add column preferred_language varchar(2)
    constraint ck_app_user_preferred_language check (preferred_language in ('en', 'fr'));
