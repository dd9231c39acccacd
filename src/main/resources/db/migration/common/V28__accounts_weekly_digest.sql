-- Whether an account's person receives the weekly digest of their alerts, due commitments and
-- open surveys (module digest). Everyone receives it until they turn it off on My account.
alter table accounts_account add column weekly_digest boolean default true not null;
