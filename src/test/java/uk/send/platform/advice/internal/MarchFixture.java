package uk.send.platform.advice.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hand-computed month for one service: advice due in March 2024, judged as at 15 April 2024.
 *
 * <pre>
 * ref child requested  due        received   outcome                  days late  reason        plan
 * R1  A     23 Jan     5 Mar      1 Mar      on time                  -          -             none expected
 * R2  B     30 Jan     12 Mar     12 Mar     on time (on the day)     -          -             pending, due 1 Jun
 * R3  C     6 Feb      19 Mar     29 Mar     returned late            10         8(2)(c)       issued 10 Apr, due 1 Apr: delayed
 * R4  D     13 Feb     26 Mar     -          outstanding              20         -             pending, due 20 Apr: not yet delayed
 * R5  E     16 Feb     29 Mar     5 Apr      returned late            7          none applies  pending, due 10 Apr: delayed
 * R8  A     15 Feb     28 Mar     1 Apr      returned late (casework) 4          -             none expected
 * R6  F     7 Feb      20 Mar     -          withdrawn: left out
 * R7  G     20 Feb     2 Apr      -          due in April: left out of March
 * R9  H     10 Jan     21 Feb     4 Mar      due in February, received late in March (counts in the measure only)
 * R10 I     1 Jan      12 Feb     10 Feb     due and received in February: in neither
 *
 * March: due 6, within 6 weeks 2 (33.3%), returned late 3, outstanding 1, late 4, excused 1,
 *        average days late (10 + 20 + 7 + 4) / 4 = 10.25 -> 10.3, children affected 4 (A, C, D, E),
 *        plans delayed 2 (C, E).
 * Measure 1-31 March 2024: received in March R1, R2, R3, R9; overdue in March R4, R5, R8 -> 7, within 6 weeks 2.
 * </pre>
 */
final class MarchFixture {

    static final YearMonth MONTH = YearMonth.of(2024, 3);
    static final LocalDate AS_OF = LocalDate.of(2024, 4, 15);

    /** What became of a child's plan: still expected, issued, or none will come (the limit stopped applying). */
    enum PlanOutcome {
        PENDING, ISSUED, NONE;

        FinalPlanLimit limit(LocalDate dueOn, LocalDate issuedOn) {
            return new FinalPlanLimit(dueOn, this == ISSUED ? issuedOn : null, this != NONE);
        }
    }

    record Line(String ref, String child, LocalDate requestedOn, LocalDate dueOn, LocalDate receivedOn,
            LateReason reason, boolean withdrawn, PlanOutcome plan, LocalDate finalPlanDueOn, LocalDate finalPlanOn) {
    }

    static final List<Line> LINES = List.of(
            line("R1", "A", "2024-01-23", "2024-03-05", "2024-03-01", null, false, PlanOutcome.NONE, "2024-06-01", null),
            line("R2", "B", "2024-01-30", "2024-03-12", "2024-03-12", null, false, PlanOutcome.PENDING, "2024-06-01", null),
            line("R3", "C", "2024-02-06", "2024-03-19", "2024-03-29", LateReason.MISSED_APPOINTMENT, false,
                    PlanOutcome.ISSUED, "2024-04-01", "2024-04-10"),
            line("R4", "D", "2024-02-13", "2024-03-26", null, null, false, PlanOutcome.PENDING, "2024-04-20", null),
            line("R5", "E", "2024-02-16", "2024-03-29", "2024-04-05", LateReason.NONE, false, PlanOutcome.PENDING,
                    "2024-04-10", null),
            line("R8", "A", "2024-02-15", "2024-03-28", "2024-04-01", null, false, PlanOutcome.NONE, "2024-06-01", null),
            line("R6", "F", "2024-02-07", "2024-03-20", null, null, true, PlanOutcome.NONE, "2024-06-01", null),
            line("R7", "G", "2024-02-20", "2024-04-02", null, null, false, PlanOutcome.PENDING, "2024-07-01", null),
            line("R9", "H", "2024-01-10", "2024-02-21", "2024-03-04", LateReason.NONE, false, PlanOutcome.PENDING,
                    "2024-07-01", null),
            line("R10", "I", "2024-01-01", "2024-02-12", "2024-02-10", null, false, PlanOutcome.PENDING,
                    "2024-07-01", null));

    private MarchFixture() {
    }

    /** The records as the performance query returns them for March (withdrawn left out). */
    static List<PerformanceRecord> marchRecords(long serviceId) {
        return LINES.stream().filter(l -> !l.withdrawn() && YearMonth.from(l.dueOn()).equals(MONTH))
                .map(l -> new PerformanceRecord(l.ref(), "case-" + l.child(), "child-" + l.child(), serviceId,
                        AdviceKind.HEALTH, l.requestedOn(), l.dueOn(), l.receivedOn(), l.reason(),
                        l.plan().limit(l.finalPlanDueOn(), l.finalPlanOn())))
                .toList();
    }

    /** Writes the fixture for one service; each child has its own case, as each line's plan says. */
    static void insert(JdbcClient jdbc, String la, long serviceId) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (Line l : LINES) {
            String caseId = "case-" + run + "-" + l.ref();
            String childId = "child-" + run + "-" + l.child();
            FinalPlanLimit plan = l.plan().limit(l.finalPlanDueOn(), l.finalPlanOn());
            jdbc.sql("insert into advice_case_deadlines (la_code, case_id, deadline_key, child_id, rule_citation, due_on, "
                            + "met_on, applies) values (?, ?, 'finalPlan', ?, 'SEND Regulations 2014 reg 13(2)', ?, ?, ?)")
                    .params(la, caseId, childId, plan.dueOn(), plan.metOn(), plan.applies())
                    .update();
            String status = l.withdrawn() ? "WITHDRAWN" : l.receivedOn() != null ? "RETURNED" : "NEW";
            Timestamp now = Timestamp.from(Instant.parse("2024-04-15T09:00:00Z"));
            jdbc.sql("insert into advice_requests (id, la_code, case_id, advice_id, child_id, kind, service_id, "
                            + "requested_on, due_on, status, received_on, returned_via, late_reason, withdrawn_on, "
                            + "created_at, updated_at) values (?, ?, ?, ?, ?, 'HEALTH', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID().toString(), la, caseId, l.ref(), childId, serviceId, l.requestedOn(), l.dueOn(),
                            status, l.receivedOn(), l.receivedOn() == null ? null : l.reason() == null ? "CASEWORK" : "PORTAL",
                            l.reason() == null ? null : l.reason().name(), l.withdrawn() ? l.dueOn().minusDays(3) : null,
                            now, now)
                    .update();
        }
    }

    private static Line line(String ref, String child, String requested, String due, String received,
            LateReason reason, boolean withdrawn, PlanOutcome plan, String finalPlanDue, String finalPlanOn) {
        return new Line(ref, child, LocalDate.parse(requested), LocalDate.parse(due),
                received == null ? null : LocalDate.parse(received), reason, withdrawn, plan, LocalDate.parse(finalPlanDue),
                finalPlanOn == null ? null : LocalDate.parse(finalPlanOn));
    }
}
