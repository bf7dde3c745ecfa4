package uk.send.platform.insight;

/** One line of a breakdown: the value of the dimension (a code), its label, and the figure for it. */
public record BreakdownRow(String value, String label, Figure figure) {
}
