package uk.send.platform.insight.internal;

import static uk.send.platform.insight.Dimension.AGE_BAND;
import static uk.send.platform.insight.Dimension.CATEGORY;
import static uk.send.platform.insight.Dimension.NEED;
import static uk.send.platform.insight.Dimension.SETTING;
import static uk.send.platform.insight.Dimension.TEAM;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.send.platform.insight.Dimension;
import uk.send.platform.insight.MeasureDefinition;
import uk.send.platform.insight.Unit;

/**
 * Every measure the dashboard shows, with its definition (decision 0050). The first five keys are fixed by the API
 * contract and computed as docs/domain/sen2.md section 6.7 defines them. Change a definition only with a new
 * version number, so that a figure in last month's board report can be told from this month's.
 */
@Component
class MeasureCatalogue {

    private static final String CASEWORK = "Casework events (the EHC journey), counted by insight as they happen";
    private static final List<Dimension> DIMENSIONS = List.of(TEAM, NEED, AGE_BAND, SETTING);

    private final Map<String, Measure> measures = new LinkedHashMap<>();

    MeasureCatalogue() {
        ratio("ehcp-issued-within-20-weeks", "EHC plans issued within 20 weeks",
                "New EHC plans whose final plan was issued in the period: the share issued within 20 weeks of the "
                        + "request, including plans to which an exception applied (SEN2 and DfE 'including exceptions').",
                "Final plans issued in the period on or before the day 20 weeks after the request was received "
                        + "(day 140 counts, day 141 does not; SEND Regulations 2014 reg 13(2))",
                "New final plans issued in the period (plans transferred in from another authority are not new plans)",
                Counter.PLANS_ISSUED, null, null);
        ratio("ehcp-issued-within-20-weeks-excluding-exceptions", "EHC plans issued within 20 weeks, excluding exceptions",
                "The same as EHC plans issued within 20 weeks, over the plans to which no exception applied "
                        + "(reg 13(3)): the DfE 'excluding exceptions' figure.",
                "Final plans issued in the period with no exception, on or before request + 20 weeks",
                "New final plans issued in the period to which no exception applied",
                Counter.PLANS_ISSUED, Category.NO_EXCEPTION, null);
        ratio("decisions-to-assess-within-6-weeks", "Decisions whether to assess within 6 weeks",
                "Decisions to assess or not to assess made in the period: the share made within 6 weeks of the request.",
                "Decisions made in the period on or before request + 6 weeks (day 42 counts, day 43 does not; reg 5(1))",
                "Decisions to assess and decisions not to assess made in the period",
                Counter.ASSESSMENT_DECISIONS, null, "Decision");
        add(new MeasureDefinition("advice-within-6-weeks", "Advice returned within 6 weeks",
                "Advice from partner services received in the period, or overdue and still awaited at its end: the "
                        + "share returned within 6 weeks of the request for advice. Broken down by service it is the "
                        + "monthly performance report to each advice provider.",
                "Advice received in the period on or before the request for advice + 6 weeks (reg 8(1))",
                "Advice received in the period, plus advice overdue and still awaited on the period's last day (or "
                        + "today, if earlier); advice whose journey was withdrawn or transferred out is awaited until "
                        + "that day (decision 0040; the advice performance page shows this figure)",
                CASEWORK, 2, Unit.PERCENT, false, true, "Service", withCategory()),
                List.of(Term.hits(Counter.ADVICE_RETURNED)),
                List.of(Term.records(Counter.ADVICE_RETURNED), Term.records(Counter.ADVICE_OVERDUE)),
                Counter.ADVICE_OVERDUE);
        ratio("annual-review-decisions-within-4-weeks", "Annual review decisions within 4 weeks",
                "Decisions after an annual review meeting made in the period: the share made within 4 weeks of the meeting.",
                "Review decisions made in the period on or before the meeting + 4 weeks (day 28 counts, day 29 does "
                        + "not; reg 20(10))",
                "Review decisions (maintain, amend or cease) made in the period",
                Counter.REVIEW_DECISIONS, null, "Outcome");
        add(new MeasureDefinition("requests-received", "Requests for assessment received",
                "Requests for an EHC needs assessment received in the period, by who made them.",
                "Requests received in the period (a plan transferred in from another authority is not a request)", null,
                CASEWORK, 1, Unit.COUNT, false, null, "Request source", withCategory()),
                List.of(Term.records(Counter.REQUESTS)), List.of(), Counter.REQUESTS);
        add(new MeasureDefinition("decisions-to-assess-agreed", "Requests agreed for assessment",
                "Decisions whether to assess made in the period: the share that agreed to assess.",
                "Decisions to assess made in the period", "Decisions to assess or not to assess made in the period",
                CASEWORK, 1, Unit.PERCENT, false, null, null, DIMENSIONS),
                List.of(Term.records(Counter.ASSESSMENT_DECISIONS).in(Category.ASSESS)),
                List.of(Term.records(Counter.ASSESSMENT_DECISIONS)), null);
        stock("active-plans", "Active EHC plans",
                "EHC plans in force on the last day of the period, by primary need, age band and setting type.",
                "Plans in force on the period's last day: from the final plan (or the plan transferred in) until it "
                        + "ceased or transferred out", Counter.PLANS_IN_FORCE, null);
        add(new MeasureDefinition("plans-ceased", "EHC plans ceased",
                "EHC plans that stopped being maintained in the period, by reason (SEN2 CeaseReason).",
                "Plans ceased in the period", null, CASEWORK, 1, Unit.COUNT, false, null, "Reason", withCategory()),
                List.of(Term.records(Counter.PLANS_CEASED)), List.of(), Counter.PLANS_CEASED);
        add(new MeasureDefinition("average-weeks-to-issue", "Average weeks to issue a plan",
                "New EHC plans issued in the period: the average time from the request to the final plan, in weeks.",
                "Days from request to final plan, added up over the new plans issued in the period (shown in weeks)",
                "New final plans issued in the period", CASEWORK, 1, Unit.WEEKS, false, false, null, DIMENSIONS),
                List.of(Term.amount(Counter.PLANS_ISSUED)), List.of(Term.records(Counter.PLANS_ISSUED)), null);
        stock("assessments-beyond-20-weeks", "Assessments open beyond 20 weeks",
                "The backlog: requests and assessments still on the way to a first plan on the period's last day, more "
                        + "than 20 weeks after the request.",
                "Journeys before a first plan on the period's last day whose 20 weeks from the request had passed "
                        + "(decided not to assess, not to issue, or withdrawn journeys are not open)",
                Counter.ASSESSMENTS_OVERDUE, false);
        stock("annual-reviews-overdue", "Annual reviews overdue",
                "Plans in force on the period's last day whose annual review meeting had not been held within 12 "
                        + "months of the plan or of the last review meeting (CFA 2014 s44(1)).",
                "Plans in force on the period's last day past their annual review due date with no meeting since",
                Counter.REVIEWS_OVERDUE, false);
        ratio("phase-transfers-reviewed-in-time", "Phase transfers reviewed before their deadline",
                "Phase transfers whose reg 18 deadline (15 February, or 31 March for post-16) fell in the period: the "
                        + "share whose plan was reviewed and amended, or confirmed, by the deadline.",
                "Phase transfers due in the period whose review was completed on or before the deadline",
                "Phase transfers whose deadline fell in the period (a transfer scheduled again, or whose plan ended, "
                        + "before its deadline owes no review)", Counter.PHASE_TRANSFERS, null,
                "Kind of transfer");
    }

    List<Measure> all() {
        return List.copyOf(measures.values());
    }

    Optional<Measure> find(String key) {
        return Optional.ofNullable(key == null ? null : measures.get(key));
    }

    /** A share of a counter's records that were in time; categoryLabel names its split, if it has one. */
    private void ratio(String key, String title, String definition, String numerator, String denominator,
            Counter counter, Category category, String categoryLabel) {
        Term hits = Term.hits(counter);
        Term records = Term.records(counter);
        if (category != null) {
            hits = hits.in(category);
            records = records.in(category);
        }
        add(new MeasureDefinition(key, title, definition, numerator, denominator, CASEWORK, 1, Unit.PERCENT, false,
                true, categoryLabel, categoryLabel == null ? DIMENSIONS : withCategory()),
                List.of(hits), List.of(records), categoryLabel == null ? null : counter);
    }

    private void stock(String key, String title, String definition, String numerator, Counter counter,
            Boolean higherIsBetter) {
        add(new MeasureDefinition(key, title, definition, numerator, null, CASEWORK, 1, Unit.COUNT, true,
                higherIsBetter, null, DIMENSIONS), List.of(Term.records(counter)), List.of(), null);
    }

    private void add(MeasureDefinition definition, List<Term> numerator, List<Term> denominator, Counter categories) {
        measures.put(definition.key(), new Measure(definition, numerator, denominator, categories));
    }

    private static List<Dimension> withCategory() {
        List<Dimension> all = new ArrayList<>(DIMENSIONS);
        all.add(CATEGORY);
        return all;
    }
}
