package uk.send.platform.health.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.send.platform.calendar.CalendarDays;
import uk.send.platform.calendar.RuleBook;
import uk.send.platform.calendar.StatutoryRule;
import uk.send.platform.deadlines.DeadlineKind;
import uk.send.platform.deadlines.DeadlineLedger;
import uk.send.platform.deadlines.TrackedDeadline;
import uk.send.platform.health.DsrRating;

/**
 * How often each rating on the Dynamic Support Register is reviewed: a local target per rating, configurable
 * (send.health.dsr.review-days.*), because no national frequency could be found (statutory-rules section 7, [U];
 * decision 0141). Defaults: red weekly, amber fortnightly, blue and green at least monthly. Run as a TARGET in the
 * shared deadline ledger, never as a clock of its own.
 */
@Component
public class ReviewCadence {

    static final String KEY = "dsrReview";
    static final String CITATION = "local review cadence (decision 0141) under NHS England's Dynamic support register "
            + "and Care (Education) and Treatment Review policy and guide, 2023";

    private final Map<DsrRating, Integer> days = new EnumMap<>(DsrRating.class);
    private final HealthClock clock;

    ReviewCadence(HealthClock clock, @Value("${send.health.dsr.review-days.red:7}") int red,
            @Value("${send.health.dsr.review-days.amber:14}") int amber,
            @Value("${send.health.dsr.review-days.blue:28}") int blue,
            @Value("${send.health.dsr.review-days.green:28}") int green) {
        this.clock = clock;
        days.put(DsrRating.RED, red);
        days.put(DsrRating.AMBER, amber);
        days.put(DsrRating.BLUE, blue);
        days.put(DsrRating.GREEN, green);
    }

    public int days(DsrRating rating) {
        return days.get(rating);
    }

    /** The next review of an entry rated so, counted from the day it was rated or last reviewed. */
    public TrackedDeadline next(DsrRating rating, LocalDate from) {
        String ruleKey = KEY + "." + rating.name();
        RuleBook book = clock.ruleBook().withRule(new StatutoryRule(ruleKey,
                "Dynamic Support Register review (" + rating.label().toLowerCase() + ")", CITATION,
                new CalendarDays(days(rating)), LocalDate.of(2014, 9, 1), null));
        return new DeadlineLedger(book).open(KEY, ruleKey, from, DeadlineKind.TARGET);
    }
}
