-- advice follows casework's deadlines (issue 9): it no longer works out a 20-week date of its own. What it needs of a
-- case's limits (the final plan's due date, when it was met and whether it still applies; each advice request's
-- rule citation) it keeps from casework's DeadlineChanged events in advice_case_deadlines, which replaces
-- advice_case_clocks. Existing rows are carried over so a database at an earlier version upgrades cleanly.
create table advice_case_deadlines (
    la_code       char(3)      not null,
    case_id       varchar(40)  not null,
    deadline_key  varchar(80)  not null,
    child_id      varchar(40)  not null,
    rule_citation varchar(120) not null,
    due_on        date         not null,
    met_on        date,
    applies       boolean      not null,
    primary key (la_code, case_id, deadline_key)
);

-- The final plan (reg 13(2)): PENDING and ISSUED applied; NONE (no plan will come) had stopped applying.
insert into advice_case_deadlines (la_code, case_id, deadline_key, child_id, rule_citation, due_on, met_on, applies)
select la_code, case_id, 'finalPlan', child_id, 'SEND Regulations 2014 reg 13(2)', final_plan_due_on, final_plan_on,
       case when plan_outcome = 'NONE' then false else true end
from advice_case_clocks;

-- Each advice request's limit (reg 8(1)), as casework's advice:<adviceId> deadline: met when received, and no longer
-- applying once withdrawn with its journey.
insert into advice_case_deadlines (la_code, case_id, deadline_key, child_id, rule_citation, due_on, met_on, applies)
select la_code, case_id, 'advice:' || advice_id, child_id, 'SEND Regulations 2014 reg 8(1)', due_on, received_on,
       case when status = 'WITHDRAWN' then false else true end
from advice_requests;

drop table advice_case_clocks;
