-- IT's side of the two-sided maturity check-in: the owners and participants of each
-- relationship (or its whole IT group) say where it stands. When the campaign closes, their
-- mean level is recorded as IT's view of the relationship's maturity, beside the partners'.
insert into surveys_template (template_key, name, description, kind, audience, shipped, created_at) values ('maturity-it-check-in', 'Maturity check-in: IT''s side', 'The IT people who hold a relationship say where it stands today and where it should be in a year, on the portfolio''s five levels, to set beside what the partners say.', 'MATURITY', 'IT_STAFF', true, current_timestamp);

insert into surveys_question (template_id, position, question_key, kind, dimension, scale_min, scale_max, required, text)
select t.id, q.position, q.question_key, q.kind, q.dimension, q.scale_min, q.scale_max, q.required, q.text
from surveys_template t, (values
    (1, 'today', 'MATURITY', null, 1, 5, true, 'Where does this relationship stand today, as you see it?'),
    (2, 'next-year', 'MATURITY', null, 1, 5, true, 'Where should it stand a year from now?'),
    (3, 'comment', 'TEXT', null, null, null, false, 'What would IT have to do to move it up a level?')
) as q (position, question_key, kind, dimension, scale_min, scale_max, required, text)
where t.template_key = 'maturity-it-check-in';
