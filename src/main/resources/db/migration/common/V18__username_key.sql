-- User names are unique and found whatever their case: "Alice" and "alice" are one name.
-- The key is the lower-case name (user names are ASCII), written by the Account aggregate.
alter table accounts_account add column username_key varchar(100);
update accounts_account set username_key = lower(username);
-- Accounts created before this rule whose names differ only by case: the oldest keeps the
-- name; each later one signs in as its name followed by '#' and its id (e.g. "alice#12").
update accounts_account set username_key = lower(username) || '#' || cast(id as varchar(20))
where exists (
    select 1 from accounts_account older
    where lower(older.username) = lower(accounts_account.username) and older.id < accounts_account.id
);
alter table accounts_account alter column username_key set not null;
create unique index accounts_account_username_key_idx on accounts_account (username_key);
