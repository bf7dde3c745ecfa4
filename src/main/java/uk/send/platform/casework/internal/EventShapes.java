package uk.send.platform.casework.internal;

import static uk.send.platform.casework.EventType.*;
import static uk.send.platform.casework.internal.FieldSpec.code;
import static uk.send.platform.casework.internal.FieldSpec.date;
import static uk.send.platform.casework.internal.FieldSpec.generated;
import static uk.send.platform.casework.internal.FieldSpec.laCode;
import static uk.send.platform.casework.internal.FieldSpec.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.send.platform.casework.AdviceService;
import uk.send.platform.casework.Agreement;
import uk.send.platform.casework.AppealOutcome;
import uk.send.platform.casework.CeaseReason;
import uk.send.platform.casework.DecisionSubject;
import uk.send.platform.casework.DeliveryMethod;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.ExceptionGround;
import uk.send.platform.casework.NoticeKind;
import uk.send.platform.casework.PhaseTransferKind;
import uk.send.platform.casework.ReviewOutcome;
import uk.send.platform.casework.SenNeed;

/** Which named fields each event type carries (api-contract.md plus the extras), and where each is kept. */
final class EventShapes {

    private static final Map<EventType, List<FieldSpec>> SHAPES = new EnumMap<>(EventType.class);

    static {
        FieldSpec reasons = text("reasons", Slot.REASONS, false);
        FieldSpec setting = text("setting", Slot.PARTY, false);
        shape(DECIDED_TO_ASSESS, reasons);
        shape(DECIDED_NOT_TO_ASSESS, reasons);
        shape(ADVICE_REQUESTED, code("service", Slot.CODE, AdviceService.class), text("recipient", Slot.PARTY, false),
                generated("adviceId"));
        shape(ADVICE_RECEIVED, text("adviceId", Slot.REF, true));
        shape(EXCEPTION_STARTED, code("ground", Slot.CODE, ExceptionGround.class), text("evidence", Slot.REASONS, false),
                date("familyToldOn", false), text("adviceId", Slot.REF, false));
        shape(EXCEPTION_ENDED, text("adviceId", Slot.REF, false));
        shape(DECIDED_TO_ISSUE, reasons);
        shape(DECIDED_NOT_TO_ISSUE, reasons);
        shape(DRAFT_PLAN_ISSUED);
        // The plan's SEN2 needs (SENtype rank 1 and 2), optional so the contract's bare events still stand. A plan
        // event has no outcome, so the OUTCOME column keeps the secondary need.
        FieldSpec primaryNeed = FieldSpec.optionalCode(PlanNeeds.PRIMARY, Slot.CODE, SenNeed.class);
        FieldSpec secondaryNeed = FieldSpec.optionalCode(PlanNeeds.SECONDARY, Slot.OUTCOME, SenNeed.class);
        shape(FINAL_PLAN_ISSUED, setting, primaryNeed, secondaryNeed);
        shape(REVIEW_MEETING_HELD);
        shape(REVIEW_DECISION_MADE, code("outcome", Slot.OUTCOME, ReviewOutcome.class), reasons);
        shape(AMENDMENTS_PROPOSED, reasons);
        shape(AMENDED_PLAN_ISSUED, primaryNeed, secondaryNeed);
        shape(PLAN_CEASED, code("reason", Slot.CODE, CeaseReason.class));
        shape(WITHDRAWN, reasons);
        shape(PANEL_HELD, code("about", Slot.CODE, DecisionSubject.class), code("outcome", Slot.OUTCOME, Agreement.class),
                reasons);
        shape(REPRESENTATIONS_RECEIVED, setting);
        shape(SETTING_CONSULTED, text("setting", Slot.PARTY, true), generated("consultationId"));
        shape(SETTING_RESPONDED, text("consultationId", Slot.REF, true), code("outcome", Slot.OUTCOME, Agreement.class));
        shape(REVIEW_NOTICE_SENT, date("meetingOn", true));
        shape(REVIEW_ADVICE_CIRCULATED);
        shape(REVIEW_REPORT_RECEIVED);
        shape(PHASE_TRANSFER_SCHEDULED, code("kind", Slot.CODE, PhaseTransferKind.class), date("transferOn", true),
                setting);
        shape(REASSESSMENT_REQUESTED, text("requestedBy", Slot.PARTY, false), reasons);
        shape(DECIDED_NOT_TO_REASSESS, reasons);
        shape(REASSESSMENT_STARTED, reasons);
        shape(DECIDED_NOT_TO_AMEND, reasons);
        shape(CEASE_CONSIDERED, reasons);
        shape(CEASE_DECISION_MADE, code("outcome", Slot.OUTCOME, ReviewOutcome.class), reasons);
        shape(TRANSFERRED_IN, laCode("otherLa"), date("lastReviewOn", false));
        // on: the day the authority became aware of the move (reg 15(2)).
        shape(MOVE_NOTIFIED, date("moveOn", true), laCode("otherLa"));
        shape(TRANSFERRED_OUT, laCode("otherLa"));
        shape(MEDIATION_REQUESTED, code("about", Slot.CODE, DecisionSubject.class));
        shape(MEDIATION_HELD, code("outcome", Slot.OUTCOME, Agreement.class));
        shape(MEDIATION_CERTIFICATE_ISSUED);
        shape(APPEAL_LODGED, code("about", Slot.CODE, DecisionSubject.class));
        shape(APPEAL_CONCEDED);
        shape(APPEAL_DECIDED, code("outcome", Slot.OUTCOME, AppealOutcome.class));
        shape(NOTICE_SENT, code("notice", Slot.CODE, NoticeKind.class), code("method", Slot.METHOD, DeliveryMethod.class),
                text("recipient", Slot.PARTY, true));
    }

    private EventShapes() {
    }

    private static void shape(EventType type, FieldSpec... fields) {
        SHAPES.put(type, List.of(fields));
    }

    static List<FieldSpec> of(EventType type) {
        return SHAPES.get(type);
    }

    /** The field a type keeps in a slot, if any. */
    static FieldSpec inSlot(EventType type, Slot slot) {
        return of(type).stream().filter(f -> f.slot() == slot).findFirst().orElse(null);
    }

    static boolean has(EventType type, String field) {
        return of(type).stream().anyMatch(f -> f.name().equals(field));
    }
}
