package uk.send.platform.insight.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.Period;
import uk.send.platform.kernel.InvalidInput;

/**
 * What a dashboard page shows: whole calendar months ending with a month, and a filter. Without a month, the last
 * complete one; without a length, twelve months.
 */
record DashboardQuery(YearMonth to, int months, Filter filter) {

    static final List<Integer> LENGTHS = List.of(1, 3, 6, 12, 24);
    static final int TREND_MONTHS = 24;

    static DashboardQuery of(String to, Integer months, Filter filter, YearMonth lastComplete) {
        YearMonth last = lastComplete;
        if (to != null && !to.isBlank()) {
            try {
                last = YearMonth.parse(to.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("to", "Choose the last month of the period");
            }
        }
        int length = months == null ? 12 : months;
        if (!LENGTHS.contains(length)) {
            throw InvalidInput.of("months", "Choose a period of 1, 3, 6, 12 or 24 months");
        }
        return new DashboardQuery(last, length, filter);
    }

    Period period() {
        return Period.monthsEnding(to, months);
    }

    /** The query string that brings a page back to this view, for links and exports. */
    String queryString() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance().queryParam("to", to).queryParam("months", months);
        filter.chosen().forEach((d, v) -> uri.queryParam(d.parameter(), v));
        return uri.build().encode().getQuery();
    }
}
