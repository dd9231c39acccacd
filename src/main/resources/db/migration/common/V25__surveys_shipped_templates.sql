-- The templates shipped with Rapport. They are read-only; an organisation edits a copy.
-- The wording is Rapport's own.

insert into surveys_template (template_key, name, description, kind, audience, shipped, created_at) values ('relationship-pulse', 'Relationship pulse', 'A short anonymous pulse: how likely partners are to recommend IT, why, and what IT should change.', 'PULSE', 'PARTNERS', true, current_timestamp);
insert into surveys_template (template_key, name, description, kind, audience, shipped, created_at) values ('service-quality', 'Service quality', 'How partners rate IT in five dimensions, each item on three columns: the minimum they accept, what they desire, and what they perceive.', 'SERVICE_QUALITY', 'PARTNERS', true, current_timestamp);
insert into surveys_template (template_key, name, description, kind, audience, shipped, created_at) values ('mirror', 'Mirror: IT rates itself', 'IT staff rate IT on the same items its partners rate it on, to show where the two views part.', 'MIRROR', 'IT_STAFF', true, current_timestamp);
insert into surveys_template (template_key, name, description, kind, audience, shipped, created_at) values ('maturity-check-in', 'Maturity check-in', 'Both sides say where the relationship stands today and where it should be in a year, on the portfolio''s five levels.', 'MATURITY', 'PARTNERS', true, current_timestamp);
insert into surveys_template (template_key, name, description, kind, audience, shipped, created_at) values ('partner-trust', 'Partner-rated trust', 'Partners rate the credibility, reliability, intimacy and self-orientation of the IT people and teams they work with.', 'TRUST', 'PARTNERS', true, current_timestamp);
insert into surveys_template (template_key, name, description, kind, audience, shipped, created_at) values ('vendor-review', 'Vendor review', 'IT rates a vendor: delivery, responsiveness, commercial fairness, ideas and account management.', 'VENDOR_REVIEW', 'IT_STAFF', true, current_timestamp);
insert into surveys_template (template_key, name, description, kind, audience, shipped, created_at) values ('vendor-rates-it', 'The vendor rates IT', 'A vendor rates IT as a customer: paying, asking, deciding, negotiating and working together.', 'VENDOR_RATES_IT', 'VENDOR_CONTACTS', true, current_timestamp);

insert into surveys_question (template_id, position, question_key, kind, dimension, scale_min, scale_max, required, text)
select t.id, q.position, q.question_key, q.kind, q.dimension, q.scale_min, q.scale_max, q.required, q.text
from surveys_template t, (values
    (1, 'recommend', 'NPS', null, 0, 10, true, 'How likely are you to recommend IT to a colleague?'),
    (2, 'reasons', 'CHOICE', null, null, null, false, 'What most shaped your answer?'),
    (3, 'change', 'TEXT', null, null, null, false, 'What one thing should IT do differently?')
) as q (position, question_key, kind, dimension, scale_min, scale_max, required, text)
where t.template_key = 'relationship-pulse';

insert into surveys_question (template_id, position, question_key, kind, dimension, scale_min, scale_max, required, text)
select t.id, q.position, q.question_key, q.kind, q.dimension, q.scale_min, q.scale_max, q.required, q.text
from surveys_template t, (values
    (1, 'delivers-as-promised', 'SERVQUAL', 'RELIABILITY', 1, 9, true, 'IT delivers what it promised, when it promised it.'),
    (2, 'right-first-time', 'SERVQUAL', 'RELIABILITY', 1, 9, true, 'IT solves a problem right the first time.'),
    (3, 'accurate-records', 'SERVQUAL', 'RELIABILITY', 1, 9, true, 'IT keeps accurate records of what we asked for and what was done.'),
    (4, 'says-when', 'SERVQUAL', 'RESPONSIVENESS', 1, 9, true, 'IT tells us when things will be done.'),
    (5, 'prompt', 'SERVQUAL', 'RESPONSIVENESS', 1, 9, true, 'IT gives prompt attention to our requests.'),
    (6, 'never-too-busy', 'SERVQUAL', 'RESPONSIVENESS', 1, 9, true, 'IT staff are never too busy to respond.'),
    (7, 'confidence', 'SERVQUAL', 'ASSURANCE', 1, 9, true, 'IT staff inspire confidence.'),
    (8, 'safe', 'SERVQUAL', 'ASSURANCE', 1, 9, true, 'We feel our data and systems are safe with IT.'),
    (9, 'knowledge', 'SERVQUAL', 'ASSURANCE', 1, 9, true, 'IT staff have the knowledge to answer our questions.'),
    (10, 'understands-needs', 'SERVQUAL', 'EMPATHY', 1, 9, true, 'IT understands the specific needs of our business.'),
    (11, 'our-interests', 'SERVQUAL', 'EMPATHY', 1, 9, true, 'IT has our best interests at heart.'),
    (12, 'listens', 'SERVQUAL', 'EMPATHY', 1, 9, true, 'IT listens to us and explains things in our terms.'),
    (13, 'modern-tools', 'SERVQUAL', 'TANGIBLES', 1, 9, true, 'IT''s tools and self-service portals are modern and easy to use.'),
    (14, 'clear-material', 'SERVQUAL', 'TANGIBLES', 1, 9, true, 'IT''s communications and documents are clear and well presented.'),
    (15, 'professional', 'SERVQUAL', 'TANGIBLES', 1, 9, true, 'IT staff present themselves professionally.'),
    (16, 'comment', 'TEXT', null, null, null, false, 'What would most improve IT''s service to you?')
) as q (position, question_key, kind, dimension, scale_min, scale_max, required, text)
where t.template_key = 'service-quality';

insert into surveys_question (template_id, position, question_key, kind, dimension, scale_min, scale_max, required, text)
select t.id, q.position, q.question_key, q.kind, q.dimension, q.scale_min, q.scale_max, q.required, q.text
from surveys_template t, (values
    (1, 'delivers-as-promised', 'RATING', 'RELIABILITY', 1, 9, true, 'IT delivers what it promised, when it promised it.'),
    (2, 'right-first-time', 'RATING', 'RELIABILITY', 1, 9, true, 'IT solves a problem right the first time.'),
    (3, 'accurate-records', 'RATING', 'RELIABILITY', 1, 9, true, 'IT keeps accurate records of what its partners asked for and what was done.'),
    (4, 'says-when', 'RATING', 'RESPONSIVENESS', 1, 9, true, 'IT tells them when things will be done.'),
    (5, 'prompt', 'RATING', 'RESPONSIVENESS', 1, 9, true, 'IT gives prompt attention to their requests.'),
    (6, 'never-too-busy', 'RATING', 'RESPONSIVENESS', 1, 9, true, 'IT staff are never too busy to respond.'),
    (7, 'confidence', 'RATING', 'ASSURANCE', 1, 9, true, 'IT staff inspire confidence.'),
    (8, 'safe', 'RATING', 'ASSURANCE', 1, 9, true, 'Our partners feel their data and systems are safe with IT.'),
    (9, 'knowledge', 'RATING', 'ASSURANCE', 1, 9, true, 'IT staff have the knowledge to answer their questions.'),
    (10, 'understands-needs', 'RATING', 'EMPATHY', 1, 9, true, 'IT understands the specific needs of their business.'),
    (11, 'our-interests', 'RATING', 'EMPATHY', 1, 9, true, 'IT has their best interests at heart.'),
    (12, 'listens', 'RATING', 'EMPATHY', 1, 9, true, 'IT listens to them and explains things in their terms.'),
    (13, 'modern-tools', 'RATING', 'TANGIBLES', 1, 9, true, 'IT''s tools and self-service portals are modern and easy to use.'),
    (14, 'clear-material', 'RATING', 'TANGIBLES', 1, 9, true, 'IT''s communications and documents are clear and well presented.'),
    (15, 'professional', 'RATING', 'TANGIBLES', 1, 9, true, 'IT staff present themselves professionally.'),
    (16, 'comment', 'TEXT', null, null, null, false, 'Where do you think our partners see us differently from how we see ourselves?')
) as q (position, question_key, kind, dimension, scale_min, scale_max, required, text)
where t.template_key = 'mirror';

insert into surveys_question (template_id, position, question_key, kind, dimension, scale_min, scale_max, required, text)
select t.id, q.position, q.question_key, q.kind, q.dimension, q.scale_min, q.scale_max, q.required, q.text
from surveys_template t, (values
    (1, 'today', 'MATURITY', null, 1, 5, true, 'Where does the relationship stand today?'),
    (2, 'next-year', 'MATURITY', null, 1, 5, true, 'Where should it stand a year from now?'),
    (3, 'comment', 'TEXT', null, null, null, false, 'What would move it up a level?')
) as q (position, question_key, kind, dimension, scale_min, scale_max, required, text)
where t.template_key = 'maturity-check-in';

insert into surveys_question (template_id, position, question_key, kind, dimension, scale_min, scale_max, required, text)
select t.id, q.position, q.question_key, q.kind, q.dimension, q.scale_min, q.scale_max, q.required, q.text
from surveys_template t, (values
    (1, 'credibility', 'RATING', 'CREDIBILITY', 1, 10, true, 'When they tell us something, we can take it as fact.'),
    (2, 'reliability', 'RATING', 'RELIABILITY', 1, 10, true, 'They do what they said they would, when they said they would.'),
    (3, 'intimacy', 'RATING', 'INTIMACY', 1, 10, true, 'We can raise a sensitive or awkward matter with them.'),
    (4, 'self-orientation', 'RATING', 'SELF_ORIENTATION', 1, 10, true, 'They put their own agenda ahead of ours.'),
    (5, 'comment', 'TEXT', null, null, null, false, 'Anything you would like them to know?')
) as q (position, question_key, kind, dimension, scale_min, scale_max, required, text)
where t.template_key = 'partner-trust';

insert into surveys_question (template_id, position, question_key, kind, dimension, scale_min, scale_max, required, text)
select t.id, q.position, q.question_key, q.kind, q.dimension, q.scale_min, q.scale_max, q.required, q.text
from surveys_template t, (values
    (1, 'delivery', 'RATING', 'DELIVERY', 1, 5, true, 'They deliver what the contract promises, on time.'),
    (2, 'responsiveness', 'RATING', 'RESPONSIVENESS', 1, 5, true, 'They respond quickly when something goes wrong.'),
    (3, 'fairness', 'RATING', 'COMMERCIAL', 1, 5, true, 'Their commercial dealings are fair and transparent.'),
    (4, 'ideas', 'RATING', 'INNOVATION', 1, 5, true, 'They bring ideas that help us, not only what we ask for.'),
    (5, 'account', 'RATING', 'ACCOUNT_MANAGEMENT', 1, 5, true, 'Their account team knows our business and our priorities.'),
    (6, 'comment', 'TEXT', null, null, null, false, 'What should the vendor change?')
) as q (position, question_key, kind, dimension, scale_min, scale_max, required, text)
where t.template_key = 'vendor-review';

insert into surveys_question (template_id, position, question_key, kind, dimension, scale_min, scale_max, required, text)
select t.id, q.position, q.question_key, q.kind, q.dimension, q.scale_min, q.scale_max, q.required, q.text
from surveys_template t, (values
    (1, 'payment', 'RATING', 'PAYMENT', 1, 5, true, 'IT pays what it owes on time.'),
    (2, 'requirements', 'RATING', 'REQUIREMENTS', 1, 5, true, 'IT tells us clearly what it needs.'),
    (3, 'decisions', 'RATING', 'DECISIONS', 1, 5, true, 'IT makes decisions in good time.'),
    (4, 'negotiation', 'RATING', 'NEGOTIATION', 1, 5, true, 'IT negotiates fairly.'),
    (5, 'partnership', 'RATING', 'PARTNERSHIP', 1, 5, true, 'IT is easy to work with as a customer.'),
    (6, 'comment', 'TEXT', null, null, null, false, 'What should IT change as a customer?')
) as q (position, question_key, kind, dimension, scale_min, scale_max, required, text)
where t.template_key = 'vendor-rates-it';

insert into surveys_choice (question_id, position, choice_key, text, band)
select q.id, c.position, c.choice_key, c.text, c.band
from surveys_question q join surveys_template t on t.id = q.template_id, (values
    (1, 'promises-broken', 'Promises were not kept', 'DETRACTOR'),
    (2, 'hard-to-reach', 'IT was hard to reach', 'DETRACTOR'),
    (3, 'not-our-business', 'IT does not understand our business', 'DETRACTOR'),
    (4, 'slow', 'Things took too long', 'DETRACTOR'),
    (5, 'inconsistent', 'Good, but not consistently', 'PASSIVE'),
    (6, 'chased', 'Responsive only when chased', 'PASSIVE'),
    (7, 'unclear', 'Communication could be clearer', 'PASSIVE'),
    (8, 'promises-kept', 'IT keeps its promises', 'PROMOTER'),
    (9, 'knows-our-business', 'IT understands our business', 'PROMOTER'),
    (10, 'easy', 'IT is easy to work with', 'PROMOTER'),
    (11, 'explains', 'IT explains things clearly', 'PROMOTER')
) as c (position, choice_key, text, band)
where t.template_key = 'relationship-pulse' and q.question_key = 'reasons';
