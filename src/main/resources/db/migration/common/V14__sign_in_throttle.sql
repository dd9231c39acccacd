-- Sign-in throttling kept in the database, so that every node behind the load balancer applies
-- the same delays. One row per account name (kind ACCOUNT, whether or not such an account
-- exists, so that a delay says nothing about existence) and per client address (kind ADDRESS):
-- the consecutive failures and the time until which further attempts are refused uncounted.
create table accounts_sign_in_throttle (
    kind            varchar(10)  not null,
    subject         varchar(200) not null,
    failures        integer      not null,
    last_failure_at timestamp    not null,
    delayed_until   timestamp,
    primary key (kind, subject)
);
-- Rows whose failures are forgotten are swept by age.
create index accounts_sign_in_throttle_age_idx on accounts_sign_in_throttle (last_failure_at);

-- A personal API token may expire; null means it does not.
alter table accounts_api_token add column expires_at timestamp;
