-- A touchpoint may carry a private note: what IT keeps to itself about the meeting. Those
-- who work the relationship read it; administrators who only manage Rapport do not.
alter table interactions_interaction add column private_note varchar(4000);
