package uk.send.platform.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.send.platform.access.NewUser;
import uk.send.platform.access.UserAccounts;

/**
 * One demo user per role, an advice provider in each partner service the demo's advice goes to (so each service's
 * tray has a person), plus the caseworkers of two statutory teams who own the demo caseloads.
 */
final class DemoUsers {

    static final List<String> TEAMS = List.of("SEND Statutory Team North", "SEND Statutory Team South");

    record DemoCaseworker(String username, String team) {
    }

    private DemoUsers() {
    }

    static List<DemoCaseworker> create(UserAccounts accounts, String password) {
        add(accounts, "caseworker", "Casey Worker", TEAMS.get(0), null, "CASEWORKER", password);
        add(accounts, "manager", "Morgan Manager", TEAMS.get(0), null, "TEAM_MANAGER", password);
        add(accounts, "manager.south", "Sam Southwood", TEAMS.get(1), null, "TEAM_MANAGER", password);
        add(accounts, "ep.advice", "Educational Psychologist", null, "Educational psychology", "ADVICE_PROVIDER", password);
        add(accounts, "health.advice", "Community Paediatrician", null, "Community paediatrics", "ADVICE_PROVIDER", password);
        add(accounts, "salt.advice", "Speech and Language Therapist", null, "Speech and language therapy", "ADVICE_PROVIDER", password);
        add(accounts, "ot.advice", "Occupational Therapist", null, "Occupational therapy", "ADVICE_PROVIDER", password);
        add(accounts, "camhs.advice", "CAMHS Clinician", null, "Child and adolescent mental health services",
                "ADVICE_PROVIDER", password);
        add(accounts, "social.advice", "Social Worker", null, "Children's social care", "ADVICE_PROVIDER", password);
        add(accounts, "qa.auditor", "Quality Auditor", null, null, "QA_AUDITOR", password);
        add(accounts, "improvement.lead", "Improvement Lead", null, null, "IMPROVEMENT_LEAD", password);
        add(accounts, "board.member", "Board Member", null, null, "BOARD_MEMBER", password);
        add(accounts, "data.officer", "Data Officer", null, null, "DATA_OFFICER", password);
        List<DemoCaseworker> caseworkers = new ArrayList<>();
        caseworkers.add(new DemoCaseworker("caseworker", TEAMS.get(0)));
        for (int i = 1; i <= 23; i++) {
            String team = TEAMS.get(i % 2);
            String username = "caseworker" + i;
            add(accounts, username, "Caseworker " + i, team, null, "CASEWORKER", password);
            caseworkers.add(new DemoCaseworker(username, team));
        }
        return caseworkers;
    }

    private static void add(UserAccounts accounts, String username, String name, String team, String service,
            String role, String password) {
        if (!accounts.exists(username)) {
            accounts.create(new NewUser(username, name, username + "@example.org", team, service, Set.of(role), password));
        }
    }
}
