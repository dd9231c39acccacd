-- Optimistic locking: every aggregate carries the version it was last written at, so that
-- a write made over an older version is refused instead of silently overwriting a newer one.
-- Rows written before start at 0.
alter table directory_org_unit add column version bigint default 0 not null;
alter table directory_person add column version bigint default 0 not null;
alter table accounts_account add column version bigint default 0 not null;
alter table relationships_relationship add column version bigint default 0 not null;
alter table interactions_interaction add column version bigint default 0 not null;
alter table commitments_commitment add column version bigint default 0 not null;
