package uk.send.platform.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.send.platform.casework.CaseHistories;
import uk.send.platform.casework.Cases;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.HistoricCase;
import uk.send.platform.casework.JourneyHistory;
import uk.send.platform.casework.NewEvent;
import uk.send.platform.casework.RequestSource;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Children;
import uk.send.platform.deadlines.DeadlineChanged;
import uk.send.platform.demo.DemoSettings;
import uk.send.platform.demo.internal.SyntheticAreaForTests;
import uk.send.platform.support.SendIntegrationTest;

/**
 * Casework owns every deadline; the dashboard only keeps what casework told it. A small synthetic Local Area, plus
 * journeys it does not make (a refusal overturned on appeal after the 20 weeks, a withdrawal with advice awaited, a
 * plan transferred in with its last review, a refusal to issue conceded), goes in through casework's rules; then every
 * due date behind the dashboard's records (decisions, final plans, review decisions, advice, phase transfers,
 * assessments and reviews overdue) is casework's for the same case and key, and every "in time" is casework's MET.
 * Casework's deadlines are read from case_deadlines, and, for limits that stopped applying (which it does not keep),
 * from the history it publishes. The advice module's requests and the final plan limits it follows carry casework's
 * due dates too.
 */
@SendIntegrationTest
class DeadlinesAgreeIT {

    @Autowired ApplicationContext context;
    @Autowired Children children;
    @Autowired Cases cases;
    @Autowired CaseHistories histories;
    @Autowired JdbcClient jdbc;

    /** One of casework's limits, or the limit a dashboard record stands on: case, key, anchor and due date. */
    record Limit(String caseId, String key, LocalDate anchorOn, LocalDate dueOn) {
    }

    /** A dashboard record with a due date, and the casework key its reference names. */
    record Counted(String counter, String ref, boolean hit, Limit limit) {
    }

    @Test
    void every_due_date_and_judgement_the_dashboard_holds_is_caseworks() {
        List<String> childIds = new ArrayList<>(SyntheticAreaForTests.load(context,
                new DemoSettings(30, 4242L, "demo-password-123"), "934"));
        childIds.addAll(journeysTheAreaDoesNotMake());
        List<String> caseIds = jdbc.sql("select id from cases where child_id in (:ids)").param("ids", childIds)
                .query(String.class).list();
        List<Counted> counted = counted(caseIds);
        List<Kept> kept = kept(caseIds);
        Set<Limit> casework = new HashSet<>(kept.stream().map(Kept::limit).toList());
        casework.addAll(published(new HashSet<>(caseIds)));

        assertThat(counted).extracting(Counted::counter).contains("ASSESSMENT_DECISIONS", "PLANS_ISSUED",
                "REVIEW_DECISIONS", "ADVICE_RETURNED", "ADVICE_OVERDUE", "PHASE_TRANSFERS", "ASSESSMENTS_OVERDUE",
                "REVIEWS_OVERDUE");
        assertThat(counted).allSatisfy(c -> assertThat(casework).as(c.counter() + " " + c.ref()).contains(c.limit()));
        for (Counted c : counted) {
            if (judged(c.counter())) {
                Kept limit = kept.stream().filter(k -> k.limit().equals(c.limit())).findFirst().orElseThrow();
                assertThat(c.hit()).as(c.counter() + " " + c.ref() + " in time").isEqualTo("MET".equals(limit.status()));
            }
        }
        Set<Limit> behindRecords = new HashSet<>(counted.stream().map(Counted::limit).toList());
        assertThat(kept).filteredOn(k -> k.metOn() != null && countedWhenMet(k.limit().key()))
                .allSatisfy(k -> assertThat(behindRecords).as("a record for " + k.limit()).contains(k.limit()));
        adviceUsesCaseworksDates(caseIds, casework);
    }

    /**
     * The advice module's tray, chasing and monthly figures work to the due dates on its requests and to the final
     * plan's limit it keeps; each is casework's for the same case and key.
     */
    private void adviceUsesCaseworksDates(List<String> caseIds, Set<Limit> casework) {
        Set<String> caseworkDue = new HashSet<>(casework.stream()
                .map(l -> l.caseId() + " " + l.key() + " " + l.dueOn()).toList());
        List<String> requests = jdbc.sql("select case_id, advice_id, due_on from advice_requests where case_id in (:ids)")
                .param("ids", caseIds)
                .query((rs, n) -> rs.getString(1) + " advice:" + rs.getString(2) + " " + rs.getObject(3, LocalDate.class))
                .list();
        List<String> followed = jdbc.sql("select case_id, deadline_key, due_on from advice_case_deadlines"
                        + " where case_id in (:ids)")
                .param("ids", caseIds)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getObject(3, LocalDate.class))
                .list();

        assertThat(requests).isNotEmpty().allSatisfy(r -> assertThat(caseworkDue).as("advice request " + r).contains(r));
        assertThat(followed).isNotEmpty().allSatisfy(f -> assertThat(caseworkDue).as("advice follows " + f).contains(f));
    }

    /** A limit as case_deadlines keeps it. */
    record Kept(Limit limit, LocalDate metOn, String status) {
    }

    private List<Kept> kept(List<String> caseIds) {
        return jdbc.sql("select case_id, deadline_key, anchor_on, due_on, met_on, status from case_deadlines"
                        + " where case_id in (:ids)")
                .param("ids", caseIds)
                .query((rs, n) -> new Kept(new Limit(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)),
                        rs.getObject(5, LocalDate.class), rs.getString(6)))
                .list();
    }

    /** Every limit casework published for the cases, those that stopped applying included. */
    private Set<Limit> published(Set<String> caseIds) {
        Set<Limit> limits = new HashSet<>();
        String after = null;
        for (List<JourneyHistory> page = histories.after(null, CaseHistories.MAX_PAGE); !page.isEmpty();
                page = histories.after(after, CaseHistories.MAX_PAGE)) {
            for (JourneyHistory journey : page) {
                if (caseIds.contains(journey.caseId())) {
                    journey.events().stream().filter(DeadlineChanged.class::isInstance).map(DeadlineChanged.class::cast)
                            .forEach(e -> limits.add(new Limit(e.ownerId(), e.key(), e.after().anchorOn(),
                                    e.after().dueOn())));
                }
            }
            after = page.get(page.size() - 1).caseId();
        }
        return limits;
    }

    private List<Counted> counted(List<String> caseIds) {
        return jdbc.sql("select distinct counter, case_id, ref, hit, anchor_on, due_on from insight_records"
                        + " where case_id in (:ids) and due_on is not null")
                .param("ids", caseIds)
                .query((rs, n) -> new Counted(rs.getString(1), rs.getString(3), rs.getBoolean(4),
                        new Limit(rs.getString(2), key(rs.getString(1), rs.getString(3)),
                                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class))))
                .list();
    }

    /** The casework key a dashboard record's reference stands for. */
    private static String key(String counter, String ref) {
        return switch (counter) {
            case "ASSESSMENT_DECISIONS" -> "decisionToAssess";
            case "PLANS_ISSUED", "ASSESSMENTS_OVERDUE" -> "finalPlan";
            case "REVIEW_DECISIONS" -> "reviewDecision";
            case "REVIEWS_OVERDUE" -> "annualReview";
            case "PHASE_TRANSFERS" -> "phaseTransfer";
            case "ADVICE_RETURNED", "ADVICE_OVERDUE" -> ref;
            default -> throw new AssertionError("A record with a due date nobody mapped: " + counter + " " + ref);
        };
    }

    /** Records that count above the line when casework judged their limit met in time. */
    private static boolean judged(String counter) {
        return List.of("ASSESSMENT_DECISIONS", "PLANS_ISSUED", "REVIEW_DECISIONS", "ADVICE_RETURNED",
                "PHASE_TRANSFERS").contains(counter);
    }

    /** Limits the dashboard counts once met: each met one has its record. */
    private static boolean countedWhenMet(String key) {
        return key.equals("decisionToAssess") || key.equals("finalPlan") || key.equals("reviewDecision")
                || key.startsWith("advice:");
    }

    private List<String> journeysTheAreaDoesNotMake() {
        List<String> childIds = new ArrayList<>();
        String overturned = child();
        cases.importHistory(journey(overturned, "2019-01-07",
                on(EventType.DECIDED_NOT_TO_ASSESS, "2019-02-04"),
                on(EventType.APPEAL_LODGED, "2019-03-01").with("about", "ASSESS"),
                on(EventType.APPEAL_DECIDED, "2019-08-01").with("outcome", "UPHELD"),
                on(EventType.DECIDED_TO_ASSESS, "2019-08-15"),
                on(EventType.ADVICE_REQUESTED, "2019-08-20").with("service", "EDUCATION").with("adviceId", "agree-1"),
                on(EventType.ADVICE_RECEIVED, "2019-10-15").with("adviceId", "agree-1"),
                on(EventType.DECIDED_TO_ISSUE, "2019-10-21"),
                on(EventType.DRAFT_PLAN_ISSUED, "2019-11-04"),
                on(EventType.FINAL_PLAN_ISSUED, "2019-12-02"),
                on(EventType.REVIEW_MEETING_HELD, "2020-11-20"),
                on(EventType.REVIEW_DECISION_MADE, "2020-12-30").with("outcome", "MAINTAIN")));
        String withdrawn = child();
        cases.importHistory(journey(withdrawn, "2019-02-04",
                on(EventType.DECIDED_TO_ASSESS, "2019-03-04"),
                on(EventType.ADVICE_REQUESTED, "2019-03-04").with("service", "HEALTH").with("adviceId", "agree-2"),
                on(EventType.WITHDRAWN, "2019-08-01")));
        String transferredIn = child();
        cases.importHistory(journey(transferredIn, "2019-03-04",
                on(EventType.TRANSFERRED_IN, "2019-03-04").with("otherLa", "202").with("lastReviewOn", "2018-05-10"),
                on(EventType.REVIEW_MEETING_HELD, "2019-07-01"),
                on(EventType.REVIEW_DECISION_MADE, "2019-07-22").with("outcome", "MAINTAIN")));
        String conceded = child();
        cases.importHistory(journey(conceded, "2019-04-01",
                on(EventType.DECIDED_TO_ASSESS, "2019-05-01"),
                on(EventType.DECIDED_NOT_TO_ISSUE, "2019-07-01"),
                on(EventType.APPEAL_LODGED, "2019-07-15").with("about", "ISSUE"),
                on(EventType.APPEAL_CONCEDED, "2019-08-01"),
                on(EventType.DECIDED_TO_ISSUE, "2019-08-05"),
                on(EventType.DRAFT_PLAN_ISSUED, "2019-08-19"),
                on(EventType.FINAL_PLAN_ISSUED, "2019-10-01")));
        childIds.addAll(List.of(overturned, withdrawn, transferredIn, conceded));
        return childIds;
    }

    private String child() {
        return children.registerForDemo(new ChildDetails("Agree", "Deadlines", "2012-06-01", "F", null, null, null,
                null, null, null, null, "MAINSTREAM_LA_MAINTAINED", false, null, null, null));
    }

    private static HistoricCase journey(String childId, String received, NewEvent... events) {
        return new HistoricCase(childId, LocalDate.parse(received), RequestSource.PARENT_OR_YOUNG_PERSON,
                "caseworker.agree", "Agree", List.of(events));
    }

    private static NewEvent on(EventType type, String day) {
        return NewEvent.of(type, LocalDate.parse(day));
    }
}
