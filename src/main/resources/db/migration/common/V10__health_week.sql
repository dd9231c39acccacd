-- The whole portfolio's health per week, kept beside health_history so that the trend of
-- the portfolio reads 26 rows instead of every relationship's 26 weeks.
create table health_week (
    week_on   date    primary key,
    score_sum bigint  not null,
    scored    integer not null,
    at_risk   integer not null
);
insert into health_week (week_on, score_sum, scored, at_risk)
select week_on, sum(score), count(*), sum(case when band = 'AT_RISK' then 1 else 0 end)
from health_history group by week_on;
