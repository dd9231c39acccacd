-- The latest measure of each relationship's perception from a closed survey campaign, as the
-- surveys module published it (PerceptionMeasured); the health formula's perception component.
create table health_perception (
    relationship_id bigint  primary key references relationships_relationship (id),
    campaign_id     bigint  not null,
    score           int     not null,
    nps             int,
    responses       bigint  not null,
    measured_on     date    not null,
    constraint health_perception_score_check check (score between 0 and 100)
);
