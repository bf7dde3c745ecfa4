package uk.send.platform.insight.internal;

import static uk.send.platform.calendar.RuleKeys.ADVICE;
import static uk.send.platform.calendar.RuleKeys.ANNUAL_REVIEW;
import static uk.send.platform.calendar.RuleKeys.DECISION_TO_ASSESS;
import static uk.send.platform.calendar.RuleKeys.FINAL_PLAN;
import static uk.send.platform.calendar.RuleKeys.REVIEW_DECISION;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import uk.send.platform.calendar.RuleBook;

/**
 * Benchmark data: a Local Area with a given number of plans in force today and five years of history, written as
 * insight's own counted records and cube totals (the shapes JourneyFacts writes), aggregated in memory and handed
 * over in batches. Seeded, so the same size gives the same data. For benchmarks only.
 */
final class SyntheticHistory {

    static final String[] TEAMS = {"North", "South", "East", "West", "Central", "Post-16"};
    private static final String[] NEEDS = {"ASD", "SEMH", "SLCN", "MLD", "SLD", "PMLD", "SPLD", "PD", "HI", "VI",
            "MSI", "OTH", "NOT_RECORDED"};
    private static final int[] NEED_WEIGHTS = {24, 31, 17, 10, 7, 1, 2, 4, 1, 1, 1, 1, 0};
    private static final String[] SETTINGS = {"MAINSTREAM_LA_MAINTAINED", "MAINSTREAM_ACADEMY", "RESOURCED_PROVISION",
            "SPECIAL_LA_MAINTAINED", "SPECIAL_ACADEMY", "SPECIAL_INDEPENDENT", "ALTERNATIVE_PROVISION",
            "FURTHER_EDUCATION", "SPECIALIST_POST_16", "EARLY_YEARS", "ELECTIVE_HOME_EDUCATION", "NOT_RECORDED"};
    private static final String[] SERVICES = {"EDUCATIONAL_PSYCHOLOGY", "HEALTH", "SOCIAL_CARE"};
    private static final String[] OUTCOMES = {"MAINTAIN", "AMEND", "CEASE"};
    private static final String[] CEASE_REASONS = {"MAXIMUM_AGE", "NEEDS_MET_WITHOUT_PLAN", "HIGHER_EDUCATION",
            "PAID_EMPLOYMENT", "TRANSFERRED_TO_ANOTHER_LA", "NO_LONGER_WISHES_TO_ENGAGE", "MOVED_OUTSIDE_ENGLAND"};

    private final Random random;
    private final RuleBook rules;
    private final LocalDate today;
    private final LocalDate historyFrom;
    private final Map<CubeKey, long[]> cube = new HashMap<>();
    private final List<CountedRecord> records = new ArrayList<>();
    private final Consumer<List<CountedRecord>> recordSink;

    record CubeKey(Counter counter, Cell cell, LocalDate month, String category) {
    }

    SyntheticHistory(long seed, RuleBook rules, LocalDate today, Consumer<List<CountedRecord>> recordSink) {
        this.random = new Random(seed);
        this.rules = rules;
        this.today = today;
        this.historyFrom = today.minusYears(5);
        this.recordSink = recordSink;
    }

    Map<CubeKey, long[]> cube() {
        return cube;
    }

    /**
     * Plans issued over the last twelve years, a quarter of them ceased since, so that about activePlans stand today;
     * requests refused or still in assessment alongside; reviews and advice on their statutory clocks.
     */
    void generate(int activePlans) {
        int plans = (int) Math.round(activePlans / 0.77);
        for (int i = 0; i < plans; i++) {
            LocalDate issued = today.minusDays(1 + random.nextInt(12 * 365));
            boolean ceases = random.nextDouble() < 0.23;
            plan(issued, ceases ? issued.plusDays(1 + random.nextInt((int) ChronoUnit.DAYS.between(issued, today))) : null);
        }
        int refused = (int) Math.round(activePlans * 0.21 * 5 * 0.4);
        for (int i = 0; i < refused; i++) {
            LocalDate received = historyFrom.plusDays(random.nextInt(5 * 365));
            Journey j = journey(received);
            request(j);
            decision(j, received.plusDays(20 + random.nextInt(30)), false);
        }
        int open = (int) Math.round(activePlans * 0.21 * 0.4);
        for (int i = 0; i < open; i++) {
            Journey j = journey(today.minusDays(random.nextInt(300)));
            request(j);
            if (ChronoUnit.DAYS.between(j.requestReceivedOn(), today) > 45) {
                decision(j, j.requestReceivedOn().plusDays(25 + random.nextInt(25)), true);
            }
            stock(j, Counter.ASSESSMENTS_OVERDUE, "assessment", due(FINAL_PLAN, j.requestReceivedOn()).plusDays(1),
                    null, Category.NONE.code());
        }
        flush();
    }

    private void plan(LocalDate issued, LocalDate ended) {
        int weeks = 12 + random.nextInt(30);
        Journey j = journey(issued.minusWeeks(weeks).minusDays(random.nextInt(7)));
        LocalDate received = j.requestReceivedOn();
        if (!received.isBefore(historyFrom)) {
            request(j);
            decision(j, received.plusDays(25 + random.nextInt(25)), true);
            for (String service : SERVICES) {
                LocalDate asked = received.plusDays(42 + random.nextInt(5));
                LocalDate back = asked.plusDays(20 + random.nextInt(40));
                LocalDate due = due(ADVICE, asked);
                stock(j, Counter.ADVICE_OVERDUE, "advice:" + service, due.plusDays(1), back, service);
                flow(j, Counter.ADVICE_RETURNED, "advice:" + service, back, service, !back.isAfter(due), 0, asked, due);
            }
            boolean exception = random.nextDouble() < 0.05;
            flow(j, Counter.PLANS_ISSUED, "final-plan", issued, exception ? "EXCEPTION" : "NO_EXCEPTION",
                    !issued.isAfter(due(FINAL_PLAN, received)), (int) ChronoUnit.DAYS.between(received, issued),
                    received, due(FINAL_PLAN, received));
            stock(j, Counter.ASSESSMENTS_OVERDUE, "assessment", due(FINAL_PLAN, received).plusDays(1), issued,
                    Category.NONE.code());
        }
        stock(j, Counter.PLANS_IN_FORCE, "plan", issued, ended, Category.NONE.code());
        LocalDate anchor = issued;
        LocalDate end = ended == null ? today : ended;
        while (true) {
            LocalDate due = due(ANNUAL_REVIEW, anchor);
            LocalDate meeting = due.minusDays(60).plusDays(random.nextInt(150));
            boolean held = !meeting.isAfter(end) && !meeting.isAfter(today);
            stock(j, Counter.REVIEWS_OVERDUE, "annual-review:" + due, due.plusDays(1), held ? meeting : ended,
                    Category.NONE.code());
            if (!held) {
                break;
            }
            LocalDate decided = meeting.plusDays(10 + random.nextInt(40));
            if (!decided.isBefore(historyFrom) && !decided.isAfter(today)) {
                flow(j, Counter.REVIEW_DECISIONS, "review:" + meeting, decided, OUTCOMES[random.nextInt(2)],
                        !decided.isAfter(due(REVIEW_DECISION, meeting)), 0, meeting,
                        due(REVIEW_DECISION, meeting));
            }
            anchor = meeting;
        }
        if (ended != null && !ended.isBefore(historyFrom)) {
            flow(j, Counter.PLANS_CEASED, "ceased", ended, CEASE_REASONS[random.nextInt(CEASE_REASONS.length)], true, 0,
                    null, null);
        }
    }

    private void request(Journey j) {
        flow(j, Counter.REQUESTS, "request", j.requestReceivedOn(), "PARENT_OR_YOUNG_PERSON", true, 0, null, null);
    }

    private void decision(Journey j, LocalDate on, boolean toAssess) {
        LocalDate received = j.requestReceivedOn();
        flow(j, Counter.ASSESSMENT_DECISIONS, "decision", on, toAssess ? "ASSESS" : "NOT_ASSESS",
                !on.isAfter(due(DECISION_TO_ASSESS, received)), 0, received, due(DECISION_TO_ASSESS, received));
    }

    private Journey journey(LocalDate received) {
        LocalDate born = received.minusYears(3 + random.nextInt(16)).minusDays(random.nextInt(365));
        return new Journey(UUID.randomUUID().toString(), UUID.randomUUID().toString(), TEAMS[random.nextInt(TEAMS.length)],
                weighted(NEEDS, NEED_WEIGHTS), SETTINGS[random.nextInt(SETTINGS.length)], born, received,
                JourneyPhase.BEFORE_PLAN, false, null, null);
    }

    private void flow(Journey j, Counter counter, String ref, LocalDate on, String category, boolean hit, int amount,
            LocalDate anchor, LocalDate due) {
        if (on.isAfter(today) || on.isBefore(historyFrom)) {
            return;
        }
        CountedRecord r = new CountedRecord(0, counter, j.caseId(), j.childId(), ref, on, null, j.cellOn(on), category,
                hit, amount, anchor, due);
        add(r);
        count(counter, r.cell(), on, category, 1, hit ? 1 : 0, amount);
    }

    /** A stock record standing from..until (null: still standing), split where the child changes age band. */
    private void stock(Journey j, Counter counter, String ref, LocalDate from, LocalDate until, String category) {
        if (until != null && !until.isAfter(from)) {
            return;
        }
        List<AgeBand.Change> changes = AgeBand.from(j.dateOfBirth(), from);
        for (int i = 0; i < changes.size(); i++) {
            LocalDate start = changes.get(i).from();
            LocalDate next = i + 1 < changes.size() ? changes.get(i + 1).from() : null;
            if (until != null && !start.isBefore(until)) {
                break;
            }
            LocalDate end = until != null && (next == null || until.isBefore(next)) ? until : next;
            Cell cell = j.cell().withAgeBand(changes.get(i).band());
            add(new CountedRecord(0, counter, j.caseId(), j.childId(), ref, start, end, cell, category, false, 0, null,
                    null));
            count(counter, cell, start, category, 1, 0, 0);
            if (end != null) {
                count(counter, cell, end, category, -1, 0, 0);
            }
        }
    }

    private void count(Counter counter, Cell cell, LocalDate day, String category, long records, long hits, long amount) {
        LocalDate month = day.withDayOfMonth(1);
        for (Cell c : cell.withAny()) {
            long[] totals = cube.computeIfAbsent(new CubeKey(counter, c, month, category), k -> new long[3]);
            totals[0] += records;
            totals[1] += hits;
            totals[2] += amount;
        }
    }

    private void add(CountedRecord r) {
        records.add(r);
        if (records.size() >= 10_000) {
            flush();
        }
    }

    private void flush() {
        recordSink.accept(List.copyOf(records));
        records.clear();
    }

    private String weighted(String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** The due date casework would hold for the limit: this data stands in for casework's journeys. */
    private LocalDate due(String ruleKey, LocalDate anchor) {
        return rules.deadline(ruleKey, anchor).dueOn();
    }
}
