package uk.send.platform.insight.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The day a stock is read for a period: its last day, or today while the period has not ended. Nothing is overdue
 * before it falls due, so a period that runs into the future counts what stands today (decision 0040: advice
 * overdue "by the end of the period, or today if that is earlier").
 */
@Component
class StockDay {

    private final Clock clock;

    StockDay(Clock clock) {
        this.clock = clock;
    }

    LocalDate of(LocalDate periodEnd) {
        LocalDate today = LocalDate.now(clock);
        return periodEnd.isAfter(today) ? today : periodEnd;
    }
}
