-- Responses imported from an earlier survey tool keep the label their file grouped them
-- by (a location, a team, a track), so results can be grouped the same way.
alter table surveys_response add column segment varchar(100);
