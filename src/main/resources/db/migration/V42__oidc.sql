-- Single sign-on with OpenID Connect: an account remembers the identity provider's subject (with its
-- issuer) once it signed in that way, so that later sign-ins find it by that pair, whatever its e-mail
-- becomes. NONE is the global role of an account created at its first single sign-on: no access until
-- an administrator grants a role or a membership.
alter table app_user add column oidc_issuer varchar(500);
alter table app_user add column oidc_subject varchar(255);
alter table app_user add constraint ck_app_user_oidc
    check ((oidc_issuer is null) = (oidc_subject is null));
create unique index uq_app_user_oidc on app_user (oidc_issuer, oidc_subject) where oidc_subject is not null;

alter table app_user drop constraint ck_app_user_global_role;
alter table app_user add constraint ck_app_user_global_role
    check (global_role in ('ADMINISTRATOR', 'HQ_REVIEWER', 'USER', 'NONE'));
