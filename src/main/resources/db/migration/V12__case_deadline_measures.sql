-- Measures count deadlines by rule (every advice request shares the rule "advice") over a period of met or due dates.
create index ix_case_deadlines_rule_met on case_deadlines (la_code, rule_key, met_on);
create index ix_case_deadlines_rule_due on case_deadlines (la_code, rule_key, due_on);
