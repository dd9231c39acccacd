-- recognition: scorecards per quarter, frozen at the quarter's end so that a past quarter never
-- changes. One row per quarter, scope (PERSON, GROUP, ORGANISATION) and scope id (0 for the
-- organisation), written once across nodes.
create table recognition_scorecard (
    period    varchar(7)  not null,
    scope     varchar(12) not null,
    scope_id  bigint      not null,
    measures  text        not null,
    frozen_at timestamp   not null,
    primary key (period, scope, scope_id),
    constraint recognition_scorecard_scope_check check (scope in ('PERSON', 'GROUP', 'ORGANISATION'))
);

-- Views through which recognition reads the measures of a scorecard (docs/adr/004).
-- health: each relationship's score week by week.
create view health_weekly_score as
select relationship_id, week_on, score from health_history;

-- insight: every perception a survey measured of a relationship.
create view insight_perception_measured as
select relationship_id, campaign_id, score, responses, measured_on from insight_perception;
