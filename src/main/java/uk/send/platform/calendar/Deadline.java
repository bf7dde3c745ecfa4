package uk.send.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A computed due date with the rule and anchor it came from, so every date can be explained. */
public record Deadline(String key, LocalDate anchor, LocalDate dueOn, StatutoryRule rule) {

    public Deadline {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(rule, "rule");
    }

    /** E.g. "Final plan due 1 Dec 2025: 20 weeks from 14 Jul 2025, SEND Regulations 2014 reg 13(2)". */
    public String explanation() {
        return rule.title() + " due " + DateText.format(dueOn) + ": "
                + rule.limit().describeFrom(anchor) + ", " + rule.citation();
    }

    /** The same deadline under another key, e.g. "advice:42" for one advice request. */
    public Deadline withKey(String newKey) {
        return new Deadline(newKey, anchor, dueOn, rule);
    }
}
