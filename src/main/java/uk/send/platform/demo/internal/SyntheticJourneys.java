package uk.send.platform.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.send.platform.casework.AdviceService;
import uk.send.platform.casework.CeaseReason;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.ExceptionGround;
import uk.send.platform.casework.HistoricCase;
import uk.send.platform.casework.NewEvent;
import uk.send.platform.casework.RequestSource;

/**
 * Journeys with realistic timings for the synthetic children: maintained plans with years of annual reviews and
 * the phase transfer reviews before moves between phases of education, plans naming a primary and often a secondary
 * need, assessments under way at every stage, refusals, withdrawals and ceased plans. Calibrated to a Local Area like
 * Somerset in 2024: about a third of new plans within 20 weeks, most decisions to assess within 6 weeks, advice
 * often late, a fifth of annual reviews overdue (DfE EHCP statistics 2025; sen2.md section 4).
 */
final class SyntheticJourneys {

    /** Share of new plans issued within 20 weeks (Somerset 2024: 33.5%). */
    static final double WITHIN_20_WEEKS = 0.335;
    /** Years a plan has been in place (caseload.csv, "Years EHC plan in place", Somerset): less than 1 year first. */
    static final Map<Integer, Integer> YEARS_IN_PLACE = Map.of(0, 806, 1, 860, 2, 800, 3, 720, 4, 620, 5, 520,
            6, 420, 7, 330, 8, 225, 9, 101);
    /** The demo partner services health advice goes to (advice module's partner service codes), by share. */
    static final Map<String, Integer> HEALTH_SERVICES = Map.of("community-paediatrics", 45,
            "speech-and-language-therapy", 25, "occupational-therapy", 15, "camhs", 15);
    private static final Map<AdviceService, String> OTHER_SERVICES = Map.of(
            AdviceService.EDUCATIONAL_PSYCHOLOGY, "educational-psychology",
            AdviceService.SOCIAL_CARE, "childrens-social-care");
    /** Neighbouring authorities a family moves to (Devon, Dorset, North Somerset, Bath and NE Somerset, Wiltshire). */
    private static final List<String> NEIGHBOURS = List.of("878", "839", "802", "800", "865");
    /** Share of moves away recorded as a reg 15(2) transfer rather than a plan ceased for transfer. */
    private static final int TRANSFERS_OUT_PERCENT = 35;
    private static final List<AdviceService> ADVICE_SOUGHT = List.of(AdviceService.EDUCATIONAL_PSYCHOLOGY,
            AdviceService.HEALTH, AdviceService.SOCIAL_CARE);
    private static final Map<RequestSource, Integer> SOURCES = Map.of(RequestSource.PARENT_OR_YOUNG_PERSON, 45,
            RequestSource.SETTING, 45, RequestSource.HEALTH, 4, RequestSource.SOCIAL_CARE, 3, RequestSource.OTHER, 3);

    private final Random random;
    private final LocalDate today;
    private final SyntheticNeeds needs;
    private int adviceSequence;

    SyntheticJourneys(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
        this.needs = new SyntheticNeeds(random);
    }

    /**
     * A maintained plan for a child of this age: the assessment that led to it, then its reviews to date, with the
     * phase transfer reviews ahead of the child's moves between phases of education.
     */
    HistoricCase maintainedPlan(String childId, int age, DemoUsers.DemoCaseworker owner) {
        int years = Math.min(Calibration.pick(random, YEARS_IN_PLACE), Math.max(0, age - 3));
        LocalDate planOn = today.minusYears(years).minusDays(14 + random.nextInt(340));
        boolean onTime = random.nextDouble() < WITHIN_20_WEEKS;
        LocalDate requested = planOn.minusDays(onTime ? 100 + random.nextInt(40) : 141 + random.nextInt(120));
        SyntheticNeeds.Needs named = needs.forNewPlan();
        List<NewEvent> events = new ArrayList<>(assessment(requested, planOn, named));
        var transfers = PhaseTransfers.forChildAged(age, today, random);
        events.addAll(PlanReviews.since(random, today, needs, planOn, named, transfers, random.nextInt(100) < 8));
        return new HistoricCase(childId, requested, pick(SOURCES), owner.username(), owner.team(), events);
    }

    /** A plan that has ended: a young person leaving education, moving away, or needs met without a plan. */
    HistoricCase ceasedPlan(String childId, int age, DemoUsers.DemoCaseworker owner) {
        HistoricCase plan = maintainedPlan(childId, Math.max(age, 6), owner);
        List<NewEvent> events = new ArrayList<>(plan.events());
        LocalDate last = events.get(events.size() - 1).on();
        LocalDate ceased = last.plusDays(30 + random.nextInt(200));
        if (ceased.isAfter(today)) {
            ceased = today.minusDays(random.nextInt(10));
        }
        if (!ceased.isAfter(last)) {
            return plan;
        }
        CeaseReason reason = age >= 19 ? CeaseReason.HIGHER_EDUCATION
                : random.nextBoolean() ? CeaseReason.TRANSFERRED_TO_ANOTHER_LA : CeaseReason.NEEDS_MET_WITHOUT_PLAN;
        if (reason == CeaseReason.TRANSFERRED_TO_ANOTHER_LA && random.nextInt(100) < TRANSFERS_OUT_PERCENT) {
            events.addAll(movedAway(ceased));
        } else {
            events.add(NewEvent.of(EventType.PLAN_CEASED, ceased).with("reason", reason));
        }
        return new HistoricCase(childId, plan.requestReceivedOn(), plan.requestSource(), plan.caseworker(), plan.team(), events);
    }

    /** A request still being worked on, received within the last 30 weeks, stopped at a random point. */
    HistoricCase inProgress(String childId, DemoUsers.DemoCaseworker owner) {
        LocalDate requested = today.minusDays(3 + random.nextInt(207));
        List<NewEvent> events = new ArrayList<>();
        LocalDate decided = requested.plusDays(28 + random.nextInt(24));
        if (!decided.isBefore(today)) {
            return new HistoricCase(childId, requested, pick(SOURCES), owner.username(), owner.team(), events);
        }
        if (random.nextInt(100) < 22) {
            events.add(NewEvent.of(EventType.DECIDED_NOT_TO_ASSESS, decided).with("reasons", "Needs can be met from SEN support"));
            return new HistoricCase(childId, requested, pick(SOURCES), owner.username(), owner.team(), events);
        }
        events.add(NewEvent.of(EventType.DECIDED_TO_ASSESS, decided));
        List<String> open = new ArrayList<>();
        for (AdviceService service : ADVICE_SOUGHT) {
            String id = nextAdviceId();
            events.add(adviceRequested(decided.plusDays(1), service, id));
            open.add(id);
        }
        LocalDate day = decided.plusDays(1);
        for (String id : open) {
            LocalDate back = decided.plusDays(1 + 30 + random.nextInt(45));
            if (back.isBefore(today)) {
                events.add(NewEvent.of(EventType.ADVICE_RECEIVED, back).with("adviceId", id));
                day = back.isAfter(day) ? back : day;
            }
        }
        events.sort(java.util.Comparator.comparing(NewEvent::on));
        if (events.size() == 7 && day.plusDays(10).isBefore(today)) {
            events.add(NewEvent.of(EventType.DECIDED_TO_ISSUE, day.plusDays(10)));
            if (day.plusDays(14).isBefore(today)) {
                events.add(NewEvent.of(EventType.DRAFT_PLAN_ISSUED, day.plusDays(14)));
            }
        }
        return new HistoricCase(childId, requested, pick(SOURCES), owner.username(), owner.team(), events);
    }

    private List<NewEvent> assessment(LocalDate requested, LocalDate planOn, SyntheticNeeds.Needs named) {
        List<NewEvent> events = new ArrayList<>();
        LocalDate decided = requested.plusDays(random.nextInt(100) < 85 ? 25 + random.nextInt(18) : 43 + random.nextInt(20));
        events.add(NewEvent.of(EventType.DECIDED_TO_ASSESS, decided));
        LocalDate draftOn = planOn.minusDays(16 + random.nextInt(20));
        LocalDate issueDecided = draftOn.minusDays(1 + random.nextInt(7));
        LocalDate latestAdvice = issueDecided.minusDays(1);
        boolean exception = random.nextInt(100) < 6;
        for (AdviceService service : ADVICE_SOUGHT) {
            String id = nextAdviceId();
            LocalDate asked = decided.plusDays(1);
            long room = Math.max(1, latestAdvice.toEpochDay() - asked.toEpochDay());
            LocalDate back = asked.plusDays(Math.min(room, random.nextInt(100) < 60 ? 20 + random.nextInt(22) : 43 + random.nextInt(40)));
            events.add(adviceRequested(asked, service, id));
            events.add(NewEvent.of(EventType.ADVICE_RECEIVED, back).with("adviceId", id));
        }
        if (exception) {
            LocalDate from = decided.plusDays(5);
            events.add(NewEvent.of(EventType.EXCEPTION_STARTED, from).with("ground", ExceptionGround.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES));
            events.add(NewEvent.of(EventType.EXCEPTION_ENDED, from.plusDays(28)));
        }
        events.add(NewEvent.of(EventType.DECIDED_TO_ISSUE, issueDecided));
        events.add(NewEvent.of(EventType.DRAFT_PLAN_ISSUED, draftOn));
        events.add(NewEvent.of(EventType.FINAL_PLAN_ISSUED, planOn).with("primaryNeed", named.primary())
                .with("secondaryNeed", named.secondary()));
        events.sort(java.util.Comparator.comparing(NewEvent::on));
        return events;
    }

    /**
     * The family moved to a neighbouring authority: the authority learnt of it (usually a few weeks ahead, sometimes
     * after), and the plan was transferred on the day or soon after (reg 15(2)); still pending if that is not past.
     */
    private List<NewEvent> movedAway(LocalDate learnt) {
        String otherLa = NEIGHBOURS.get(random.nextInt(NEIGHBOURS.size()));
        LocalDate moveOn = learnt.plusDays(random.nextInt(100) < 80 ? 5 + random.nextInt(50) : -random.nextInt(20));
        List<NewEvent> events = new ArrayList<>();
        events.add(NewEvent.of(EventType.MOVE_NOTIFIED, learnt).with("moveOn", moveOn).with("otherLa", otherLa));
        LocalDate transferred = (moveOn.isAfter(learnt) ? moveOn : learnt).plusDays(random.nextInt(100) < 75 ? 0
                : 1 + random.nextInt(25));
        if (!transferred.isAfter(today)) {
            events.add(NewEvent.of(EventType.TRANSFERRED_OUT, transferred).with("otherLa", otherLa));
        }
        return events;
    }

    /** Health advice goes to one of the health partner services; other kinds to the service of their kind. */
    private NewEvent adviceRequested(LocalDate on, AdviceService service, String adviceId) {
        String recipient = service == AdviceService.HEALTH ? pick(HEALTH_SERVICES) : OTHER_SERVICES.get(service);
        return NewEvent.of(EventType.ADVICE_REQUESTED, on).with("service", service).with("recipient", recipient)
                .with("adviceId", adviceId);
    }

    private String nextAdviceId() {
        return "demo-advice-" + (++adviceSequence);
    }

    private <T> T pick(Map<T, Integer> weights) {
        return Calibration.pick(random, weights);
    }
}
