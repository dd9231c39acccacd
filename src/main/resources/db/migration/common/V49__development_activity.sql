-- development: what each person did to develop, by day, for recognition's scorecards
-- (docs/adr/004): a training attended, a 360 of theirs closed, a mentoring session held as
-- mentee.
create view development_activity as
select e.person_id, cast(s.starts_at as date) as done_on, 'TRAINING' as kind
from development_enrolment e join development_session s on s.id = e.session_id
where e.attendance = 'ATTENDED'
union all
select r.subject_id, cast(r.closed_at as date), 'FEEDBACK'
from development_feedback_round r
where r.state = 'CLOSED'
union all
select p.mentee_id, m.held_on, 'MENTORING'
from development_mentoring_session m join development_mentoring_pair p on p.id = m.pair_id;
