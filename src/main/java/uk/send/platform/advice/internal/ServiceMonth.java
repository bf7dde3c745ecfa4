package uk.send.platform.advice.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A service's advice timeliness for one month: the requests due in the month, how many came back within 6 weeks
 * (reg 8(1)), how many were late (returned late or still outstanding), how many of those the provider excused under
 * reg 8(2), the average days late, the children affected and the children whose plans were delayed. Definitions in
 * docs/decisions/0040.
 */
record ServiceMonth(String serviceCode, String serviceName, YearMonth month, LocalDate asOf, int due, int onTime,
        int returnedLate, int overdue, int notYetDue, int lateExcused, BigDecimal averageDaysLate,
        int childrenAffected, int plansDelayed) {

    static ServiceMonth of(String code, String name, YearMonth month, LocalDate asOf, List<PerformanceRecord> records) {
        int onTime = count(records, asOf, PerformanceRecord.Outcome.ON_TIME);
        int returnedLate = count(records, asOf, PerformanceRecord.Outcome.RETURNED_LATE);
        int overdue = count(records, asOf, PerformanceRecord.Outcome.OVERDUE);
        int notYetDue = count(records, asOf, PerformanceRecord.Outcome.NOT_YET_DUE);
        List<PerformanceRecord> late = records.stream().filter(r -> r.late(asOf)).toList();
        BigDecimal average = late.isEmpty() ? null
                : BigDecimal.valueOf(late.stream().mapToLong(r -> r.daysLate(asOf)).sum())
                        .divide(BigDecimal.valueOf(late.size()), 1, RoundingMode.HALF_UP);
        return new ServiceMonth(code, name, month, asOf, records.size(), onTime, returnedLate, overdue, notYetDue,
                (int) late.stream().filter(r -> r.excused(asOf)).count(), average,
                (int) late.stream().map(PerformanceRecord::childId).filter(Objects::nonNull).distinct().count(),
                (int) late.stream().filter(r -> r.planDelayed(asOf)).map(PerformanceRecord::childId)
                        .filter(Objects::nonNull).distinct().count());
    }

    private static int count(List<PerformanceRecord> records, LocalDate asOf, PerformanceRecord.Outcome outcome) {
        return (int) records.stream().filter(r -> r.outcome(asOf) == outcome).count();
    }

    /** Which figure this is ("advice-due-in-month"): not the advice-within-6-weeks measure, which counts others. */
    @JsonProperty("figure")
    public String figure() {
        return TimelinessFigure.DUE_IN_MONTH.key();
    }

    @JsonProperty("definition")
    public String definition() {
        return TimelinessFigure.DUE_IN_MONTH.definition();
    }

    public int late() {
        return returnedLate + overdue;
    }

    /** Due requests that can be judged yet: on time or late (not those still inside their 6 weeks). */
    public int judged() {
        return onTime + late();
    }

    /** Percentage returned within 6 weeks of those judged, to one decimal place; null when none can be judged. */
    public BigDecimal withinSixWeeksPercent() {
        return Percent.of(onTime, judged());
    }

    public String monthText() {
        return Dates.format(month);
    }

    public String percentText() {
        return Percent.text(onTime, judged(), "No advice due");
    }

    public String averageText() {
        return averageDaysLate == null ? "None late" : averageDaysLate.toPlainString();
    }
}
