package uk.send.platform.health;

import java.time.LocalDate;

/** What an import of GP practices' annual health check counts stored. */
public record HealthCheckImport(int rows, int practices, LocalDate firstMonth, LocalDate lastMonth) {
}
