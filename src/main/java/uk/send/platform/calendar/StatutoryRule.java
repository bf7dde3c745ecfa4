package uk.send.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One named time limit with its legal source, in force from {@code effectiveFrom} to
 * {@code effectiveTo} inclusive ({@code null}: open-ended). Rules are effective-dated because the law
 * will change (statutory-rules 0: reforms proposed from 2029).
 */
public record StatutoryRule(
        String key, String title, String citation, TimeLimit limit, LocalDate effectiveFrom, LocalDate effectiveTo) {

    public StatutoryRule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (key.isBlank()) {
            throw new IllegalArgumentException("rule key must not be blank");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(
                    "rule " + key + " ends (" + effectiveTo + ") before it starts (" + effectiveFrom + ")");
        }
    }

    public Deadline dueFrom(LocalDate anchor, WorkingDays workingDays) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(workingDays, "workingDays");
        return new Deadline(key, anchor, limit.dueFrom(anchor, workingDays), this);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** The same rule with another limit, e.g. a council convention applied. */
    public StatutoryRule withLimit(TimeLimit newLimit) {
        return new StatutoryRule(key, title, citation, newLimit, effectiveFrom, effectiveTo);
    }
}
