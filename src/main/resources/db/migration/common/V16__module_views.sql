-- The views through which a module's data is read by other modules (docs/adr/004). Each view is
-- owned by the module whose noun starts its name and selects only from that module's tables.
-- They are plain projections, without aggregates, so that a query through them keeps the
-- indexes of the tables below.

-- directory: people's and units' names, for read models that show them.
create view directory_person_name as
select id, name, name_key from directory_person;

create view directory_unit_name as
select id, name, name_key, kind from directory_org_unit;

-- relationships: the relationships as the portfolio lists them, who takes part in each (so that
-- the Viewer's conditions can say who may read one) and the stakeholders' stance.
create view relationships_portfolio as
select id, kind, tier, it_group_id, counterpart_id, owner_id, last_contact_on, created_at
from relationships_relationship;

create view relationships_viewer_scope as
select relationship_id, person_id from relationships_participant;

create view relationships_stakeholder_stance as
select id, relationship_id, name, role, influence, stance from relationships_stakeholder;

-- interactions: when each relationship had contact, and of which kind.
create view interactions_contact as
select relationship_id, occurred_on, type from interactions_interaction;

-- commitments: the reliability rule, written once. A commitment counts unless cancelled, and
-- it was kept on time when it was kept no later than it was due.
create view commitments_reliability as
select id, relationship_id, description, due_on, closed_on, state,
       case when state <> 'CANCELLED' then 1 else 0 end as counted,
       case when state = 'KEPT' and closed_on <= due_on then 1 else 0 end as kept_on_time
from commitments_commitment;

-- health: an alert carries a message code and its arguments instead of an English sentence.
-- Alerts are recomputed daily from the record; the ones standing now are dropped and raised
-- again, in the new form, by the next computation.
delete from health_alert;
alter table health_alert drop column message;
alter table health_alert add column code varchar(100) not null;
alter table health_alert add column arguments varchar(2000) not null;
