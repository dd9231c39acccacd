-- directory: the people in IT and their IT group, for development's coverage (docs/adr/004):
-- how much of IT has a plan, a training, a coach or mentor, a 360 and a relationship, per group
-- and over time.
create view directory_it_person as
select id, unit_id from directory_person where in_it = true;
