package uk.send.platform.insight;

import java.time.YearMonth;

/** A measure's figure for one calendar month (a stock as at the month's last day). */
public record TrendPoint(YearMonth month, Figure figure) {
}
