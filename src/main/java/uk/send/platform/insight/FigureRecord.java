package uk.send.platform.insight;

import java.time.LocalDate;

/**
 * One record behind a figure: the case and child, what was counted and when, the date it was due by the rule
 * book, and whether it counts above the line. until is the end of a stock record's time in the count.
 */
public record FigureRecord(String caseId, String childId, String childName, String what, LocalDate on,
        LocalDate until, LocalDate anchorOn, LocalDate dueOn, String category, String categoryLabel,
        boolean inNumerator, String team, String need, String ageBand, String setting, String caseLink) {
}
