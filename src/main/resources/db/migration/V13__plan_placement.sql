-- Section I of a plan: the named school or institution by URN, its type, or the type only (ehc-plan.md).
alter table plan_versions add column placement_urn varchar(6);
alter table plan_versions add column placement_type varchar(40);
alter table plan_versions add column placement_name varchar(200);
