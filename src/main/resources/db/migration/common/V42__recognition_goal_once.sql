-- recognition: a goal is set once for its person or group and quarter, so a form sent
-- twice at once, or by two people at once, keeps one goal and refuses the other.
drop index recognition_goal_scope_idx;

create unique index recognition_goal_once_idx on recognition_goal (scope, scope_id, period, title);
