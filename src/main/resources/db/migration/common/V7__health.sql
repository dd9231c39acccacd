-- Each relationship's current health score, its weekly history and its open alerts.
create table health_score (
    relationship_id bigint      primary key references relationships_relationship (id),
    score           integer     not null,
    band            varchar(20) not null,
    computed_on     date        not null,
    constraint health_score_band_check check (band in ('AT_RISK', 'WATCH', 'HEALTHY'))
);
create index health_score_score_idx on health_score (score, relationship_id);
create index health_score_band_idx on health_score (band, score, relationship_id);

-- The score a relationship had in each week, keyed by the Monday that starts the week.
create table health_history (
    relationship_id bigint      not null references relationships_relationship (id),
    week_on         date        not null,
    score           integer     not null,
    band            varchar(20) not null,
    primary key (relationship_id, week_on)
);
create index health_history_week_idx on health_history (week_on);

create table health_alert (
    relationship_id bigint        not null references relationships_relationship (id),
    type            varchar(30)   not null,
    message         varchar(1000) not null,
    raised_on       date          not null,
    primary key (relationship_id, type),
    constraint health_alert_type_check
        check (type in ('LOSING_TOUCH', 'COMMITMENT_OVERDUE', 'DETRACTOR', 'SCORE_FALLING'))
);
create index health_alert_type_idx on health_alert (type, relationship_id);

-- Work that runs once a day across all nodes: a node claims the day by moving last_run_on.
create table health_job (
    name        varchar(50) primary key,
    last_run_on date        not null
);
insert into health_job (name, last_run_on) values ('recompute', date '2000-01-01');
