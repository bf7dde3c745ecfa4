package uk.send.platform.advice;

import java.time.LocalDate;

/**
 * One advice request behind the {@code advice-within-6-weeks} figure: identifiers only, never a child's name.
 * receivedOn is null while the advice is outstanding; lateReason is the reg 8(2) ground the provider gave, if any.
 */
public record AdviceMeasureRecord(String requestId, String caseId, String adviceId, String childId,
        String serviceCode, String serviceName, LocalDate requestedOn, LocalDate dueOn, LocalDate receivedOn,
        boolean withinSixWeeks, String lateReason) {
}
