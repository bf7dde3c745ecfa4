package uk.send.platform.advice.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An advice request over the API: what the page shows, with the child's minimum details and the response. */
record RequestJson(String id, String reference, String caseId, String adviceId, AdviceKind kind, ServiceJson service,
        LocalDate requestedOn, LocalDate dueOn, String dueRule, RequestStatus status, String assignedTo,
        LocalDate receivedOn, String returnedVia, LateReason lateReason, String lateNote, LocalDate withdrawnOn,
        int version, ChildJson child, ResponseJson response, List<Attachment> attachments) {

    record ServiceJson(String code, String name, AdviceKind kind, String contactEmail, boolean defaultForKind,
            boolean active) {
        static ServiceJson of(PartnerService s) {
            return s == null ? null : new ServiceJson(s.code(), s.name(), s.kind(), s.contactEmail(),
                    s.defaultForKind(), s.active());
        }
    }

    record ChildJson(String name, LocalDate dateOfBirth, String nhsNumber, String setting) {
        static ChildJson of(ChildDetails c) {
            return new ChildJson(c.name(), c.dateOfBirth(), c.nhsNumber(), c.setting());
        }
    }

    record ResponseJson(String formCode, int formVersion, String status, Map<String, String> answers,
            Map<String, List<ProvisionRow>> provision, String savedBy, java.time.Instant savedAt, String submittedBy,
            java.time.Instant submittedAt) {
        static ResponseJson of(StoredResponse r) {
            return r == null ? null : new ResponseJson(r.formCode(), r.formVersion(), r.submitted() ? "SUBMITTED" : "DRAFT",
                    r.answers().text(), r.answers().provision(), r.savedBy(), r.savedAt(), r.submittedBy(),
                    r.submittedAt());
        }
    }

    /** A line of the tray: no response or attachments. */
    static RequestJson summary(TrayItem item, PartnerService service) {
        AdviceRequest r = item.request();
        return new RequestJson(r.id(), r.reference(), r.caseId(), r.adviceId(), r.kind(), ServiceJson.of(service),
                r.requestedOn(), r.dueOn(), null, r.status(), r.assignedTo(), r.receivedOn(), r.returnedVia(),
                r.lateReason(), r.lateNote(), r.withdrawnOn(), r.version(), ChildJson.of(item.child()), null, null);
    }
}
