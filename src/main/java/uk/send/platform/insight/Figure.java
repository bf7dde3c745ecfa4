package uk.send.platform.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A measure's figure for a period (api-contract.md, "Measures"): numerator, denominator and value, with links to
 * the records behind it. suppressed: the viewer sees aggregates only and a count of 1 to 4 is withheld (decision
 * 0051); numerator, denominator and value are then null.
 */
public record Figure(String key, LocalDate from, LocalDate to, Long numerator, Long denominator, BigDecimal value,
        Unit unit, boolean suppressed, Map<String, String> links) {

    public static final String SUPPRESSED_TEXT = "fewer than 5";
}
