-- The perception gap: every perception a closed survey measured for a relationship, kept as
-- history so that the gap can be read per quarter (the health module keeps only the latest).
create table insight_perception (
    relationship_id bigint not null references relationships_relationship (id),
    campaign_id     bigint not null,
    score           int    not null,
    nps             int,
    responses       bigint not null,
    measured_on     date   not null,
    primary key (relationship_id, campaign_id),
    constraint insight_perception_score_check check (score between 0 and 100)
);

create index insight_perception_measured_idx on insight_perception (relationship_id, measured_on);

-- The measures taken before this table existed: the latest of each relationship.
insert into insight_perception (relationship_id, campaign_id, score, nps, responses, measured_on)
select relationship_id, campaign_id, score, nps, responses, measured_on from health_perception;
