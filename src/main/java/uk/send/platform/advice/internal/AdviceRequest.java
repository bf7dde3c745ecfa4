package uk.send.platform.advice.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One request for advice as the advice module holds it: the case's advice request (case id and advice id), the
 * service it was routed to, its due date (reg 8(1): 6 weeks from the request) and how it was answered.
 */
record AdviceRequest(String id, String caseId, String adviceId, String childId, AdviceKind kind, String recipient,
        Long serviceId, LocalDate requestedOn, LocalDate dueOn, RequestStatus status, String assignedTo,
        LocalDate receivedOn, String returnedVia, LateReason lateReason, String lateNote, LocalDate withdrawnOn,
        int version) {

    public boolean open() {
        return status.open();
    }

    /** Outstanding after its due date. */
    public boolean overdueOn(LocalDate today) {
        return open() && today.isAfter(dueOn);
    }

    /** Whether a submission today would be after the 6 weeks, so a reg 8(2) reason is asked for. */
    boolean lateIfReturnedOn(LocalDate day) {
        return day.isAfter(dueOn);
    }

    public boolean returnedLate() {
        return receivedOn != null && receivedOn.isAfter(dueOn);
    }

    /** Calendar days past the due date, as of the day it came back or of today while outstanding; 0 when on time. */
    public long daysLate(LocalDate today) {
        LocalDate end = receivedOn != null ? receivedOn : today;
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, end));
    }

    /** Short reference for letters and emails, never a child's details: "ADV-1A2B3C4D". */
    public String reference() {
        return reference(id);
    }

    static String reference(String id) {
        return "ADV-" + id.replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
