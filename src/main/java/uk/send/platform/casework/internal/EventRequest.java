package uk.send.platform.casework.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.NewEvent;
import uk.send.platform.kernel.InvalidInput;

/** The body of POST /api/v1/cases/{id}/events: the type, the day, and whichever fields the type carries. */
@Schema(description = "One event; see docs/api-contract.md for the fields each type carries")
record EventRequest(
        @Schema(example = "DECIDED_TO_ASSESS") String type,
        @Schema(example = "2025-08-20") String on,
        @Schema(description = "The case version you read; a stale one is refused with 409") Integer expectedVersion,
        String service, String adviceId, String ground, String evidence, String familyToldOn, String outcome,
        @Schema(description = "SEN2 CeaseReason 1 to 9") String reason, String reasons, String notes, String notice,
        String method, String recipient, String meetingOn, String transferOn, String kind, String setting,
        String consultationId, String about, String otherLa, String lastReviewOn,
        @Schema(description = "SEN2 SENtype of the plan's primary need, on FINAL_PLAN_ISSUED or AMENDED_PLAN_ISSUED")
        String primaryNeed,
        @Schema(description = "SEN2 SENtype of the plan's secondary need (SENtypeRank 2), with or after a primary need")
        String secondaryNeed,
        @Schema(description = "The date of the house move, on MOVE_NOTIFIED (reg 15(2))") String moveOn,
        @Schema(description = "Who asked, on REASSESSMENT_REQUESTED") String requestedBy) {

    NewEvent toEvent() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("service", service);
        fields.put("adviceId", adviceId);
        fields.put("ground", ground);
        fields.put("evidence", evidence);
        fields.put("familyToldOn", familyToldOn);
        fields.put("outcome", outcome);
        fields.put("reason", reason);
        fields.put("reasons", reasons);
        fields.put("notes", notes);
        fields.put("notice", notice);
        fields.put("method", method);
        fields.put("recipient", recipient);
        fields.put("meetingOn", meetingOn);
        fields.put("transferOn", transferOn);
        fields.put("kind", kind);
        fields.put("setting", setting);
        fields.put("consultationId", consultationId);
        fields.put("about", about);
        fields.put("otherLa", otherLa);
        fields.put("lastReviewOn", lastReviewOn);
        fields.put("primaryNeed", primaryNeed);
        fields.put("secondaryNeed", secondaryNeed);
        fields.put("moveOn", moveOn);
        fields.put("requestedBy", requestedBy);
        return new NewEvent(type(type), date("on", on), fields);
    }

    static EventType type(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("type", "Enter the type of event, for example DECIDED_TO_ASSESS");
        }
        try {
            return EventType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("type", "Unknown event type '" + text + "'");
        }
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(field, "Enter the date it happened, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "Enter " + field + " as a real date, YYYY-MM-DD");
        }
    }
}
