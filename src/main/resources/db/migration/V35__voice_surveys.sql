-- feedback: families' voice. Versioned surveys at key points of the EHC journey, sent by one-time link (token held
-- only as a SHA-256 hash), responses (kept apart from the case when the family asks), staff-tagged themes, and the
-- "You said, we did" log. Decisions 0130-0135.

create table feedback_surveys (
    id             varchar(36)   not null primary key,
    la_code        char(3)       not null,
    key_point      varchar(40)   not null,
    version        integer       not null,
    title          varchar(200)  not null,
    easy_read_title varchar(200) not null,
    intro          varchar(1000) not null,
    easy_read_intro varchar(1000) not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(80)   not null,
    constraint uq_feedback_survey_version unique (la_code, key_point, version)
);

create table feedback_questions (
    la_code        char(3)       not null,
    survey_id      varchar(36)   not null references feedback_surveys (id),
    position       integer       not null,
    question_key   varchar(40)   not null,
    kind           varchar(10)   not null check (kind in ('SCALE', 'CHOICE', 'TEXT')),
    text           varchar(500)  not null,
    easy_read_text varchar(500)  not null,
    options        varchar(2000),
    required       boolean       not null,
    measure        varchar(40),
    primary key (survey_id, position),
    constraint uq_feedback_question_key unique (survey_id, question_key)
);

-- when each key point's survey goes out by itself, after how long, how long a link lasts, reminders
create table feedback_key_points (
    la_code             char(3)     not null,
    key_point           varchar(40) not null,
    automatic           boolean     not null,
    delay_days          integer     not null check (delay_days between 0 and 90),
    expiry_days         integer     not null check (expiry_days between 1 and 90),
    reminder_after_days integer     not null check (reminder_after_days between 1 and 60),
    max_reminders       integer     not null check (max_reminders between 0 and 5),
    version             integer     not null default 0,
    primary key (la_code, key_point)
);

create table feedback_invitations (
    id             varchar(36)  not null primary key,
    la_code        char(3)      not null,
    case_id        varchar(36)  not null,
    child_id       varchar(36)  not null,
    key_point      varchar(40)  not null,
    survey_id      varchar(36)  not null references feedback_surveys (id),
    team           varchar(80),
    source         varchar(10)  not null check (source in ('AUTOMATIC', 'BY_HAND')),
    trigger_key    varchar(80),
    recipient      varchar(200),
    created_at     timestamp with time zone not null,
    created_by     varchar(80)  not null,
    send_after     timestamp with time zone not null,
    status         varchar(10)  not null check (status in ('SCHEDULED', 'INVITED', 'ANSWERED', 'EXPIRED', 'CANCELLED')),
    expires_on     date,
    invited_on     date,
    reminders_sent integer      not null default 0,
    last_sent_at   timestamp with time zone,
    answered_on    date
);
-- a reaction run twice (a retry) finds the invitation it made (decision 0131)
create unique index ux_feedback_invitation_trigger on feedback_invitations (la_code, case_id, trigger_key);
-- the case's feedback page
create index ix_feedback_invitations_case on feedback_invitations (la_code, case_id, created_at);
-- the schedulers: due to send, due a reminder, past expiry
create index ix_feedback_invitations_due on feedback_invitations (la_code, status, send_after);
create index ix_feedback_invitations_sent on feedback_invitations (la_code, status, last_sent_at);
-- response rates by key point and team over a period
create index ix_feedback_invitations_rates on feedback_invitations (la_code, invited_on, key_point, team);

-- one row per link sent: the SHA-256 of the token, never the token (decision 0130)
create table feedback_links (
    token_hash     char(64)    not null primary key,
    la_code        char(3)     not null,
    invitation_id  varchar(36) not null references feedback_invitations (id),
    created_at     timestamp with time zone not null
);
create index ix_feedback_links_invitation on feedback_links (la_code, invitation_id);

-- a response; invitation_id and case_id are null when the family asked to stay anonymous (decision 0132)
create table feedback_responses (
    id             varchar(36)  not null primary key,
    la_code        char(3)      not null,
    survey_id      varchar(36)  not null references feedback_surveys (id),
    key_point      varchar(40)  not null,
    team           varchar(80),
    submitted_on   date         not null,
    anonymous      boolean      not null,
    easy_read      boolean      not null,
    invitation_id  varchar(36),
    case_id        varchar(36)
);
-- results and measures by key point over a period; the case's feedback page
create index ix_feedback_responses_period on feedback_responses (la_code, submitted_on, key_point);
create index ix_feedback_responses_case on feedback_responses (la_code, case_id);

create table feedback_answers (
    la_code        char(3)       not null,
    response_id    varchar(36)   not null references feedback_responses (id),
    question_key   varchar(40)   not null,
    kind           varchar(10)   not null,
    measure        varchar(40),
    scale_value    integer,
    choice         varchar(200),
    text           varchar(4000),
    primary key (response_id, question_key)
);
-- the comments page (free text, newest first) and the "listened to" measure
create index ix_feedback_answers_kind on feedback_answers (la_code, kind, response_id);
create index ix_feedback_answers_measure on feedback_answers (la_code, measure, response_id);

create table feedback_themes (
    id             bigint generated by default as identity primary key,
    la_code        char(3)      not null,
    name           varchar(80)  not null,
    created_at     timestamp with time zone not null,
    constraint uq_feedback_theme unique (la_code, name)
);

create table feedback_answer_themes (
    la_code        char(3)     not null,
    response_id    varchar(36) not null references feedback_responses (id),
    question_key   varchar(40) not null,
    theme_id       bigint      not null references feedback_themes (id),
    primary key (response_id, question_key, theme_id)
);
-- comments under a theme; counts per theme on the results page
create index ix_feedback_answer_themes_theme on feedback_answer_themes (la_code, theme_id);

-- "You said, we did": what families told us (a theme of their comments), what changed, published or not
create table feedback_actions (
    id             varchar(36)   not null primary key,
    la_code        char(3)       not null,
    theme_id       bigint        references feedback_themes (id),
    key_point      varchar(40),
    you_said       varchar(1000) not null,
    we_did         varchar(1000) not null,
    done_on        date          not null,
    published      boolean       not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(80)   not null,
    version        integer       not null default 0
);
-- the staff log (newest first) and the public page (published only)
create index ix_feedback_actions_log on feedback_actions (la_code, done_on);
create index ix_feedback_actions_public on feedback_actions (la_code, published, done_on);

-- notifications, additively: what the provider called the message and how its delivery went (decision 0133)
alter table notification_outbox add column provider_id varchar(60);
alter table notification_outbox add column delivery_status varchar(30);
alter table notification_outbox add column delivery_checked_at timestamp with time zone;
create index ix_outbox_delivery on notification_outbox (sender, status, delivery_checked_at);

-- who may do what (decision 0134)
insert into role_permissions (la_code, role_code, action, scope) values
 ('${la_code}', 'CASEWORKER', 'feedback.send', 'OWN'),
 ('${la_code}', 'TEAM_MANAGER', 'feedback.send', 'TEAM'),
 ('${la_code}', 'TEAM_MANAGER', 'feedback.read', 'ALL'),
 ('${la_code}', 'TEAM_MANAGER', 'feedback.manage', 'ALL'),
 ('${la_code}', 'QA_AUDITOR', 'feedback.read', 'ALL'),
 ('${la_code}', 'IMPROVEMENT_LEAD', 'feedback.read', 'ALL'),
 ('${la_code}', 'IMPROVEMENT_LEAD', 'feedback.manage', 'ALL'),
 ('${la_code}', 'ADMINISTRATOR', 'feedback.send', 'ALL'),
 ('${la_code}', 'ADMINISTRATOR', 'feedback.read', 'ALL'),
 ('${la_code}', 'ADMINISTRATOR', 'feedback.manage', 'ALL');

insert into feedback_key_points (la_code, key_point, automatic, delay_days, expiry_days, reminder_after_days, max_reminders) values
 ('${la_code}', 'AFTER_DECISION_TO_ASSESS', true, 0, 28, 7, 2),
 ('${la_code}', 'AFTER_FINAL_PLAN', true, 7, 28, 7, 2),
 ('${la_code}', 'AFTER_ANNUAL_REVIEW', true, 0, 28, 7, 2);

-- version 1 of each key point's survey; a Local Area adds versions through the API (decision 0135)
insert into feedback_surveys (id, la_code, key_point, version, title, easy_read_title, intro, easy_read_intro, created_at, created_by) values
 ('survey-after-decision-to-assess-1', '${la_code}', 'AFTER_DECISION_TO_ASSESS', 1,
  'Tell us how the request for an assessment went', 'Tell us about asking for an assessment',
  'We recently decided whether to carry out an education, health and care needs assessment. Your answers help us improve. It takes about 3 minutes.',
  'We decided if we will find out more about your needs. Tell us what it was like. It is quick.',
  current_timestamp, 'system'),
 ('survey-after-final-plan-1', '${la_code}', 'AFTER_FINAL_PLAN', 1,
  'Tell us how the making of the EHC plan went', 'Tell us about your EHC plan',
  'We recently issued a final education, health and care plan. Your answers help us improve. It takes about 3 minutes.',
  'Your plan is finished. Tell us what it was like to make it. It is quick.',
  current_timestamp, 'system'),
 ('survey-after-annual-review-1', '${la_code}', 'AFTER_ANNUAL_REVIEW', 1,
  'Tell us how the annual review went', 'Tell us about your review',
  'We recently decided what happens after the annual review of the EHC plan. Your answers help us improve. It takes about 3 minutes.',
  'We looked at your plan again this year. Tell us what it was like. It is quick.',
  current_timestamp, 'system');

insert into feedback_questions (la_code, survey_id, position, question_key, kind, text, easy_read_text, options, required, measure) values
 ('${la_code}', 'survey-after-decision-to-assess-1', 1, 'listened', 'SCALE', 'The SEND team listened to what we told them', 'People listened to me', null, true, 'listened-to'),
 ('${la_code}', 'survey-after-decision-to-assess-1', 2, 'clear', 'SCALE', 'We understood what the decision means and what happens next', 'I know what happens next', null, true, null),
 ('${la_code}', 'survey-after-decision-to-assess-1', 3, 'contact', 'CHOICE', 'How did you mostly hear from the SEND team?', 'How did we talk to you?', 'Letter
Email
Phone call
Meeting
Other', false, null),
 ('${la_code}', 'survey-after-decision-to-assess-1', 4, 'better', 'TEXT', 'What could we have done better?', 'What could we do better?', null, false, null),
 ('${la_code}', 'survey-after-final-plan-1', 1, 'listened', 'SCALE', 'The SEND team listened to what we told them', 'People listened to me', null, true, 'listened-to'),
 ('${la_code}', 'survey-after-final-plan-1', 2, 'draft', 'SCALE', 'Our comments on the draft plan were taken into account', 'My ideas about the draft plan were used', null, true, null),
 ('${la_code}', 'survey-after-final-plan-1', 3, 'describes', 'SCALE', 'The plan describes the child or young person well', 'The plan is about the real me', null, true, null),
 ('${la_code}', 'survey-after-final-plan-1', 4, 'better', 'TEXT', 'What could we have done better?', 'What could we do better?', null, false, null),
 ('${la_code}', 'survey-after-annual-review-1', 1, 'listened', 'SCALE', 'The SEND team listened to what we told them', 'People listened to me', null, true, 'listened-to'),
 ('${la_code}', 'survey-after-annual-review-1', 2, 'views', 'SCALE', 'The views of the child or young person were part of the review', 'My views were part of the review', null, true, null),
 ('${la_code}', 'survey-after-annual-review-1', 3, 'attended', 'CHOICE', 'Who came to the review meeting?', 'Who came to the meeting?', 'Parent or carer
Child or young person
Both
Neither', false, null),
 ('${la_code}', 'survey-after-annual-review-1', 4, 'better', 'TEXT', 'What could we have done better?', 'What could we do better?', null, false, null);
