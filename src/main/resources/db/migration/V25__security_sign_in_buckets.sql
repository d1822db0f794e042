-- The sign-in throttle's token buckets, one per client address and account, shared by every
-- instance (see org.missionplanner.security.SignInThrottle). Rows whose bucket would be full again
-- are deleted every few minutes.
create table security_sign_in_bucket (
    pair       varchar(200)     not null constraint pk_security_sign_in_bucket primary key,
    tokens     double precision not null,
    updated_at timestamptz      not null,
    refusing   boolean          not null
);
create index ix_security_sign_in_bucket_updated on security_sign_in_bucket (updated_at);
