-- health: a few of the partners' own words from the survey behind the perception, where
-- the campaign's minimum for comments let them be read, for the perception gap's alert
-- and explanation.
alter table health_perception add column said varchar(700);
