package uk.send.platform.advice.internal;

import java.time.Instant;
import java.time.YearMonth;

/** A monthly report as stored: which service and month, when and by whom it was generated. */
record StoredReport(long id, long serviceId, String serviceName, YearMonth month, Instant generatedAt,
        String generatedBy) {

    public String monthText() {
        return Dates.format(month);
    }

    public String generatedText() {
        return Dates.format(java.time.LocalDate.ofInstant(generatedAt, java.time.ZoneId.of("Europe/London")));
    }

    public String fileName() {
        return "advice-timeliness-" + serviceName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                + "-" + month + ".pdf";
    }
}
