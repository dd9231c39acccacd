-- directory: the tree of units, for recognition's group scorecards, which roll up the
-- groups below a group (docs/adr/004).
create view directory_unit_tree as
select id, parent_id, kind from directory_org_unit;
