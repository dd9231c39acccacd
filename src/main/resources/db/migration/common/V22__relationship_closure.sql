-- A relationship can end: when, by whom and why. An ended relationship keeps its record and its
-- history, leaves the active portfolio and may be reopened, which clears the three again; the
-- audit log keeps every ending and reopening. The three are set together or not at all.
alter table relationships_relationship add column ended_at timestamp;
alter table relationships_relationship add column ended_by varchar(100);
alter table relationships_relationship add column end_reason varchar(500);
alter table relationships_relationship add constraint relationships_relationship_ended_check
    check ((ended_at is null and ended_by is null and end_reason is null)
        or (ended_at is not null and ended_by is not null and end_reason is not null));
-- Lists ask for the ended relationships, a few among many.
create index relationships_relationship_ended_idx on relationships_relationship (ended_at);

-- The portfolio view tells its readers (health) when a relationship ended, so that they keep
-- ended relationships out of what is active and still read their history.
drop view relationships_portfolio;
create view relationships_portfolio as
select id, kind, tier, it_group_id, counterpart_id, owner_id, last_contact_on, created_at, ended_at
from relationships_relationship;
