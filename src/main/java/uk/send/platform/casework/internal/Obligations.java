package uk.send.platform.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.send.platform.calendar.Deadline;
import uk.send.platform.calendar.RuleBook;
import uk.send.platform.calendar.RuleKeys;
import uk.send.platform.casework.DeadlineKind;

/** Every time limit a journey has run, in the order they arose; each due date comes from the rule book. */
final class Obligations {

    private final RuleBook rules;
    private final List<Obligation> all = new ArrayList<>();

    Obligations(RuleBook rules) {
        this.rules = rules;
    }

    RuleBook rules() {
        return rules;
    }

    /** A duty under the rule of the same key, anchored on the date (decisionToAssess from the request, ...). */
    Obligation open(String ruleKey, LocalDate anchor) {
        return open(ruleKey, ruleKey, anchor, DeadlineKind.DUTY);
    }

    /** Opens a limit under another key (advice:42 under the advice rule); a current one of that key is superseded. */
    Obligation open(String key, String ruleKey, LocalDate anchor, DeadlineKind kind) {
        return add(rules.deadline(ruleKey, anchor).withKey(key), kind);
    }

    Obligation add(Deadline deadline, DeadlineKind kind) {
        int cycle = 0;
        for (Obligation o : all) {
            if (o.key().equals(deadline.key()) && o.current()) {
                o.supersede();
                cycle = o.cycle() + 1;
            }
        }
        Obligation obligation = new Obligation(deadline, kind, cycle);
        all.add(obligation);
        return obligation;
    }

    Optional<Obligation> current(String key) {
        return all.stream().filter(o -> o.current() && o.key().equals(key)).findFirst();
    }

    /** Whether the key's current limit applies and is not yet met. */
    boolean isOpen(String key) {
        return current(key).filter(o -> !o.dropped() && o.unmet()).isPresent();
    }

    /** Meets the key's current limit if it is open; a limit is met once, by the first event that meets it. */
    void meet(String key, LocalDate on) {
        current(key).filter(o -> !o.dropped()).ifPresent(o -> o.meet(on));
    }

    void drop(String key) {
        current(key).ifPresent(Obligation::drop);
    }

    void restore(String key) {
        current(key).ifPresent(Obligation::restore);
    }

    /** On closing a journey, unmet limits stop applying; the decision whether to assess always stays (contract). */
    void dropUnmet() {
        all.stream().filter(o -> o.current() && o.unmet() && !o.key().equals(RuleKeys.DECISION_TO_ASSESS))
                .forEach(Obligation::drop);
    }

    List<Obligation> visible() {
        return all.stream().filter(Obligation::visible).toList();
    }

    /** Every limit that applied, including earlier cycles, for history and measures. */
    List<Obligation> history() {
        return all.stream().filter(o -> !o.dropped()).toList();
    }

    /** The earliest unmet duty: what the caseload sorts by. Windows and local targets do not count. */
    Optional<Obligation> nextDuty() {
        return visible().stream().filter(o -> o.kind() == DeadlineKind.DUTY && o.unmet())
                .min(Comparator.comparing(Obligation::dueOn).thenComparing(Obligation::key));
    }
}
