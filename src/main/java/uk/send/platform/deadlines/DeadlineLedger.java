package uk.send.platform.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import uk.send.platform.calendar.Deadline;
import uk.send.platform.calendar.RuleBook;

/**
 * Every time limit one record has run, in the order they arose, each due date from the rule book: open, meet, drop,
 * restore, supersede with the next cycle, and read as at a day. The owner decides which of its events do which
 * (casework's {@code StatutoryLimits}); the ledger only keeps the arithmetic and the bookkeeping in one place.
 */
public final class DeadlineLedger {

    private final RuleBook rules;
    private final List<TrackedDeadline> all = new ArrayList<>();

    public DeadlineLedger(RuleBook rules) {
        this.rules = rules;
    }

    public RuleBook rules() {
        return rules;
    }

    /** A duty under the rule of the same key, anchored on the date (decisionToAssess from the request, ...). */
    public TrackedDeadline open(String ruleKey, LocalDate anchor) {
        return open(ruleKey, ruleKey, anchor, DeadlineKind.DUTY);
    }

    /** Opens a limit under another key (advice:42 under the advice rule); a current one of that key is superseded. */
    public TrackedDeadline open(String key, String ruleKey, LocalDate anchor, DeadlineKind kind) {
        return add(rules.deadline(ruleKey, anchor).withKey(key), kind);
    }

    public TrackedDeadline add(Deadline deadline, DeadlineKind kind) {
        int cycle = 0;
        for (TrackedDeadline d : all) {
            if (d.key().equals(deadline.key()) && d.current()) {
                d.supersede();
                cycle = d.cycle() + 1;
            }
        }
        TrackedDeadline tracked = new TrackedDeadline(deadline, kind, cycle);
        all.add(tracked);
        return tracked;
    }

    public Optional<TrackedDeadline> current(String key) {
        return all.stream().filter(d -> d.current() && d.key().equals(key)).findFirst();
    }

    /** Whether the key's current limit applies and is not yet met. */
    public boolean isOpen(String key) {
        return current(key).filter(d -> !d.dropped() && d.unmet()).isPresent();
    }

    /** Meets the key's current limit if it applies; a limit is met once, by the first event that meets it. */
    public void meet(String key, LocalDate on) {
        current(key).filter(d -> !d.dropped()).ifPresent(d -> d.meet(on));
    }

    public void drop(String key) {
        current(key).ifPresent(TrackedDeadline::drop);
    }

    public void restore(String key) {
        current(key).ifPresent(TrackedDeadline::restore);
    }

    /** On closing a record, unmet limits stop applying, except those named (which are judged however it ended). */
    public void dropUnmetExcept(Set<String> kept) {
        all.stream().filter(d -> d.current() && d.unmet() && !kept.contains(d.key())).forEach(TrackedDeadline::drop);
    }

    public List<TrackedDeadline> visible() {
        return all.stream().filter(TrackedDeadline::visible).toList();
    }

    /** Every limit that applied, including earlier cycles, for history and measures. */
    public List<TrackedDeadline> history() {
        return all.stream().filter(d -> !d.dropped()).toList();
    }

    /** The earliest unmet duty: what a caseload sorts by. Windows and local targets do not count. */
    public Optional<TrackedDeadline> nextDuty() {
        return visible().stream().filter(d -> d.kind() == DeadlineKind.DUTY && d.unmet())
                .min(Comparator.comparing(TrackedDeadline::dueOn).thenComparing(TrackedDeadline::key));
    }

    /** Every limit, dropped and superseded ones included, as it stands; {@code excused} says where an exception applies. */
    public List<DeadlineState> snapshot(Predicate<TrackedDeadline> excused) {
        return all.stream().map(d -> new DeadlineState(d.key(), d.cycle(), d.deadline().rule().key(),
                d.deadline().rule().citation(), d.kind(), d.deadline().anchor(), d.dueOn(), d.metOn(),
                d.settledStatus(), excused.test(d), !d.dropped(), d.current())).toList();
    }

    /** What changed between two snapshots of one ledger, in the order the limits arose. */
    public static List<DeadlineChanged> changes(String owner, String ownerId, String childId, LocalDate on,
            List<DeadlineState> before, List<DeadlineState> after) {
        Map<String, DeadlineState> was = new LinkedHashMap<>();
        before.forEach(s -> was.put(s.identity(), s));
        List<DeadlineChanged> changed = new ArrayList<>();
        for (DeadlineState now : after) {
            DeadlineState then = was.get(now.identity());
            if (!Objects.equals(then, now)) {
                changed.add(new DeadlineChanged(owner, ownerId, childId, on, then, now));
            }
        }
        return changed;
    }
}
