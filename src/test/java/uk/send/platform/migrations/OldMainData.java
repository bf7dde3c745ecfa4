package uk.send.platform.migrations;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A little of everything a Local Area had at old main (V31): a child with a contact, a caseworker with a role, a
 * token and a tuned permission, a case with a draft plan, and an advice request with a saved answer.
 */
final class OldMainData {

    static final String[] INSERTS = {
        """
        insert into children (id, la_code, given_name, family_name, given_name_search, family_name_search,
          date_of_birth, sex, created_at, updated_at)
        values ('child-1', '933', 'Ava', 'Example', 'ava', 'example', date '2015-03-01', 'F', current_timestamp,
          current_timestamp)""",
        """
        insert into child_contacts (child_id, name, relationship, phone, main_contact)
        values ('child-1', 'Sam Example', 'PARENT', '07700 900000', true)""",
        """
        insert into users (la_code, username, display_name, password_hash, created_at)
        values ('933', 'caseworker.one', 'Casey Worker', '{noop}not-a-real-hash', current_timestamp)""",
        "insert into user_roles (user_id, role_code) select id, 'CASEWORKER' from users where username = 'caseworker.one'",
        """
        insert into api_tokens (user_id, name, token_hash, token_prefix, created_at, created_by)
        select id, 'SEN2 export', '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'sendp_abcd',
          current_timestamp, 'admin' from users where username = 'caseworker.one'""",
        "insert into role_permissions (role_code, action, scope) values ('CASEWORKER', 'dashboard.read', 'TEAM')",
        """
        insert into cases (id, la_code, child_id, request_received_on, request_source, stage, caseworker, opened_at,
          opened_by, updated_at)
        values ('case-1', '933', 'child-1', date '2025-01-06', 'PARENT', 'ASSESSMENT', 'caseworker.one',
          current_timestamp, 'caseworker.one', current_timestamp)""",
        """
        insert into plan_versions (la_code, case_id, version_no, status, created_at, created_by)
        values ('933', 'case-1', 1, 'DRAFT', current_timestamp, 'caseworker.one')""",
        """
        insert into advice_services (la_code, code, name, kind)
        values ('933', 'EP', 'Educational psychology', 'EDUCATIONAL_PSYCHOLOGY')""",
        """
        insert into advice_requests (id, la_code, case_id, advice_id, child_id, kind, service_id, requested_on, due_on,
          status, created_at, updated_at)
        select 'request-1', '933', 'case-1', 'advice-1', 'child-1', 'EDUCATIONAL_PSYCHOLOGY', id, date '2025-01-10',
          date '2025-02-21', 'IN_PROGRESS', current_timestamp, current_timestamp from advice_services where code = 'EP'""",
        """
        insert into advice_responses (request_id, la_code, form_code, form_version, status, saved_at, saved_by)
        values ('request-1', '933', 'EP', 1, 'DRAFT', current_timestamp, 'ep.one')""",
        """
        insert into advice_answers (request_id, question, row_no, answer)
        values ('request-1', 'needs', 0, 'Finds reading hard; needs a quiet space')"""
    };

    private OldMainData() {
    }

    static void insert(JdbcClient jdbc) {
        for (String insert : INSERTS) {
            jdbc.sql(insert).update();
        }
    }
}
