-- casework: one case per EHC journey. case_events is the append-only history; cases holds the projection the
-- lists read (updated in the same transaction as each event); case_deadlines holds every time limit the journey
-- has run, so lists and measures never replay history.
create table cases (
    id                  varchar(36)  primary key,
    la_code             char(3)      not null,
    child_id            varchar(36)  not null,
    request_received_on date         not null,
    request_source      varchar(30)  not null,
    stage               varchar(30)  not null,
    closed              boolean      not null default false,
    caseworker          varchar(80)  not null,
    team                varchar(80),
    setting_urn         varchar(6),
    setting_type        varchar(40),
    next_due_on         date,
    next_due_key        varchar(60),
    final_plan_on       date,
    within_20_weeks     boolean,
    exception_applies   boolean      not null default false,
    last_event_on       date,
    event_count         integer      not null default 0,
    opened_at           timestamp with time zone not null,
    opened_by           varchar(80)  not null,
    updated_at          timestamp with time zone not null,
    version             integer      not null default 0
);
-- The caseload: my open cases by next due date; the team views; the stage filter; overdue across the area.
create index ix_cases_caseworker_due on cases (la_code, caseworker, closed, next_due_on);
create index ix_cases_team_due on cases (la_code, team, closed, next_due_on);
create index ix_cases_stage_due on cases (la_code, stage, next_due_on);
create index ix_cases_due on cases (la_code, closed, next_due_on);
create index ix_cases_child on cases (la_code, child_id);

create table case_events (
    case_id      varchar(36)  not null references cases (id),
    seq          integer      not null,
    la_code      char(3)      not null,
    event_type   varchar(40)  not null,
    occurred_on  date         not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(80)  not null,
    code         varchar(40),
    outcome      varchar(40),
    ref_id       varchar(40),
    other_on     date,
    party        varchar(200),
    method       varchar(20),
    reasons      varchar(2000),
    notes        varchar(2000),
    -- Two writers appending the same sequence number cannot both succeed: no event is ever lost or overwritten.
    constraint pk_case_events primary key (case_id, seq)
);
create index ix_case_events_type on case_events (la_code, event_type, occurred_on);

create table case_deadlines (
    case_id           varchar(36)  not null references cases (id),
    la_code           char(3)      not null,
    deadline_key      varchar(60)  not null,
    cycle_no          integer      not null,
    kind              varchar(10)  not null,
    rule_key          varchar(60)  not null,
    citation          varchar(200) not null,
    anchor_on         date         not null,
    due_on            date         not null,
    met_on            date,
    -- OPEN while unmet, MET on or before the due date, MISSED when met late; an unmet deadline past due is read
    -- as MISSED at query time, since "today" moves on without any event.
    status            varchar(10)  not null,
    is_current        boolean      not null,
    exception_applies boolean      not null default false,
    constraint pk_case_deadlines primary key (case_id, deadline_key, cycle_no)
);
create index ix_case_deadlines_due on case_deadlines (la_code, deadline_key, due_on);
create index ix_case_deadlines_met on case_deadlines (la_code, deadline_key, met_on);
