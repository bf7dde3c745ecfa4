package uk.send.platform.health.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.send.platform.calendar.RuleBook;
import uk.send.platform.deadlines.DeadlineChanged;
import uk.send.platform.deadlines.DeadlineKind;
import uk.send.platform.deadlines.DeadlineLedger;
import uk.send.platform.deadlines.DeadlineState;
import uk.send.platform.deadlines.DeadlineStatus;
import uk.send.platform.deadlines.TrackedDeadline;
import uk.send.platform.health.HealthDeadline;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.timelimits.StatutoryRules;

/**
 * Runs the health pathways' limits in the shared deadline machinery: the Local Area's rule book (with its bank
 * holidays), a {@link DeadlineLedger} per record, and {@link DeadlineChanged} published for followers. Today comes
 * from the application's clock so tests can fix it.
 */
@Component
public class HealthClock {

    /** The owner name on every {@link DeadlineChanged} about an initial health assessment. */
    public static final String LOOKED_AFTER_OWNER = "lookedAfterHealth";

    private final StatutoryRules rules;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    HealthClock(StatutoryRules rules, Clock clock, ApplicationEventPublisher events) {
        this.rules = rules;
        this.clock = clock;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public RuleBook ruleBook() {
        return rules.ruleBook();
    }

    /** The initial health assessment's ledger for an episode: opened on the day the child became looked after. */
    public Ledger initialHealthAssessment(LocalDate startedOn, LocalDate assessedOn) {
        return initialHealthAssessment(rules.ruleBook(), startedOn, assessedOn, today());
    }

    /** The same on a given rule book and day: what the working-day tests drive. */
    public static Ledger initialHealthAssessment(RuleBook book, LocalDate startedOn, LocalDate assessedOn,
            LocalDate today) {
        DeadlineLedger ledger = new DeadlineLedger(book);
        String key = HealthLimit.INITIAL_HEALTH_ASSESSMENT.ruleKey();
        try {
            ledger.open(key, key, startedOn, DeadlineKind.DUTY);
        } catch (IllegalArgumentException outsideRuleBook) {
            throw new ConflictingChange(422, "The rule book has no initial health assessment limit for "
                    + startedOn + ": records start from 1 September 2014");
        }
        if (assessedOn != null) {
            ledger.meet(key, assessedOn);
        }
        return new Ledger(ledger, key, today);
    }

    public void publish(List<DeadlineChanged> changes) {
        changes.forEach(events::publishEvent);
    }

    /** One record's ledger and the key of the limit it is about. */
    public record Ledger(DeadlineLedger ledger, String key, LocalDate today) {

        public TrackedDeadline tracked() {
            return ledger.current(key).orElseThrow();
        }

        public List<DeadlineState> snapshot() {
            return ledger.snapshot(d -> false);
        }

        public HealthDeadline view() {
            TrackedDeadline d = tracked();
            // Once met, met or missed for good; while unmet, missed only once today is past the due date.
            DeadlineStatus status = d.metOn() != null ? d.settledStatus() : d.statusOn(today);
            var rule = d.deadline().rule();
            String explanation = rule.title() + " due " + HealthDates.day(d.dueOn()) + ": "
                    + rule.limit().describe() + " after " + HealthDates.day(d.deadline().anchor())
                    + " (weekends and bank holidays not counted), " + rule.citation();
            return new HealthDeadline(key, d.dueOn(), rule.citation(), explanation, d.metOn(), status);
        }
    }
}
