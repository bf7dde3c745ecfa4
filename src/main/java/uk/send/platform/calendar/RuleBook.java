package uk.send.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The effective-dated set of named time limits and the working-day calendar they are counted on.
 * Immutable: the {@code with...} methods return a new book.
 */
public final class RuleBook {

    private final List<StatutoryRule> rules;
    private final WorkingDays workingDays;
    private final CalendarConventions conventions;

    private RuleBook(List<StatutoryRule> rules, WorkingDays workingDays, CalendarConventions conventions) {
        this.rules = List.copyOf(rules);
        this.workingDays = workingDays;
        this.conventions = conventions;
    }

    /** Every standard rule, in force from 1 Sep 2014 and open-ended, on the shipped bank holidays. */
    public static RuleBook standard() {
        return standard(CalendarConventions.defaults());
    }

    public static RuleBook standard(CalendarConventions conventions) {
        Objects.requireNonNull(conventions, "conventions");
        return new RuleBook(StandardRules.build(conventions),
                new WorkingDays(BankHolidays.englandAndWales()), conventions);
    }

    /** The version of the rule in force on the date; where versions overlap, the one that started latest wins. */
    public StatutoryRule rule(String key, LocalDate on) {
        Objects.requireNonNull(on, "on");
        List<StatutoryRule> versions = versionsOf(key);
        return versions.stream()
                .filter(rule -> rule.inForceOn(on))
                .max(Comparator.comparing(StatutoryRule::effectiveFrom))
                .orElseThrow(() -> new IllegalArgumentException(
                        "no version of rule '" + key + "' is in force on " + on));
    }

    /** The deadline under the rule in force on the anchor date. */
    public Deadline deadline(String key, LocalDate anchor) {
        return rule(key, anchor).dueFrom(anchor, workingDays);
    }

    /**
     * Reg 15(2) on a house move: on the day of the move, or within 15 working days beginning with the day the old
     * authority became aware of it where that was less than 15 working days before the move. Anchored on awareness.
     */
    public Deadline houseMoveTransfer(LocalDate awareOn, LocalDate moveOn) {
        Objects.requireNonNull(moveOn, "moveOn");
        StatutoryRule rule = rule(RuleKeys.TRANSFER_OUT, awareOn);
        LocalDate due = rule.limit() instanceof HouseMoveTransfer move ? move.dueFrom(awareOn, moveOn, workingDays)
                : rule.limit().dueFrom(awareOn, workingDays);
        return new Deadline(RuleKeys.TRANSFER_OUT, awareOn, due, rule);
    }

    public List<StatutoryRule> rules() {
        return rules;
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    public CalendarConventions conventions() {
        return conventions;
    }

    /** The same rules counted on other bank holidays, e.g. the live gov.uk feed (decision 0007). */
    public RuleBook withBankHolidays(BankHolidays holidays) {
        return new RuleBook(rules, new WorkingDays(holidays), conventions);
    }

    /**
     * Adds a version of a rule: one with the key and start date of an existing version replaces it;
     * one starting later supersedes the earlier version from its start date.
     */
    public RuleBook withRule(StatutoryRule rule) {
        Objects.requireNonNull(rule, "rule");
        List<StatutoryRule> next = new ArrayList<>(rules);
        next.removeIf(existing -> existing.key().equals(rule.key())
                && existing.effectiveFrom().equals(rule.effectiveFrom()));
        next.add(rule);
        return new RuleBook(next, workingDays, conventions);
    }

    private List<StatutoryRule> versionsOf(String key) {
        Objects.requireNonNull(key, "key");
        List<StatutoryRule> versions = rules.stream().filter(rule -> rule.key().equals(key)).toList();
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("unknown rule key '" + key + "'");
        }
        return versions;
    }
}
