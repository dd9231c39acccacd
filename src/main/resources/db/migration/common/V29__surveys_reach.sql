-- A campaign asks either the people named on each relationship or everyone in the unit
-- on the side its template asks (a whole business unit, a vendor's contacts, an IT group).
alter table surveys_campaign add column reach varchar(20) default 'STAKEHOLDERS' not null;
alter table surveys_campaign add constraint surveys_campaign_reach_check check (reach in ('STAKEHOLDERS', 'WHOLE_UNIT'));
