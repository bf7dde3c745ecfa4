-- Every table carries la_code (docs/conventions.md). These six were created without it: access's roles,
-- role_permissions, user_roles and api_tokens (V1), the children's contacts (V2) and the advice answers (V20).
-- Rows already there belong to the Local Area this deployment serves: ${la_code} is the Flyway placeholder
-- spring.flyway.placeholders.la_code, set from send.local-authority (SEND_LOCAL_AUTHORITY) in application.properties.
-- From V32 on migrations take the next number of one global sequence, whatever the module (decision 0070).

alter table roles add column la_code char(3);
update roles set la_code = '${la_code}';
alter table roles alter column la_code set not null;
create index ix_roles_la on roles (la_code, name);

alter table role_permissions add column la_code char(3);
update role_permissions set la_code = '${la_code}';
alter table role_permissions alter column la_code set not null;
create index ix_role_permissions_la on role_permissions (la_code, role_code, action);

alter table user_roles add column la_code char(3);
update user_roles set la_code = '${la_code}';
alter table user_roles alter column la_code set not null;
create index ix_user_roles_user on user_roles (la_code, user_id);

alter table api_tokens add column la_code char(3);
update api_tokens set la_code = '${la_code}';
alter table api_tokens alter column la_code set not null;
create index ix_api_tokens_created on api_tokens (la_code, created_at);

alter table child_contacts add column la_code char(3);
update child_contacts set la_code = (select c.la_code from children c where c.id = child_contacts.child_id);
alter table child_contacts alter column la_code set not null;
-- ix_child_contacts_child (child_id) stays: H2 uses it for the foreign key to children
create index ix_child_contacts_la_child on child_contacts (la_code, child_id);

alter table advice_answers add column la_code char(3);
update advice_answers set la_code = (select r.la_code from advice_responses r where r.request_id = advice_answers.request_id);
alter table advice_answers alter column la_code set not null;
create index ix_advice_answers_request on advice_answers (la_code, request_id);
