package uk.send.platform.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.send.platform.casework.AdviceRequest;
import uk.send.platform.casework.CaseView;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.SettingConsultation;

/** The questions a record-an-event page asks for a type, built from the type's shape (EventShapes). */
final class EventFormFields {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("service", "Which service is asked for advice"),
            Map.entry("recipient", "Who the request went to (optional)"),
            Map.entry("adviceId", "Which advice request"),
            Map.entry("ground", "Which exception applies"),
            Map.entry("evidence", "Evidence for the exception (optional)"),
            Map.entry("familyToldOn", "When the family was told (optional)"),
            Map.entry("outcome", "Outcome"),
            Map.entry("reason", "Why the plan ceased (SEN2 reason)"),
            Map.entry("reasons", "Reasons (optional)"),
            Map.entry("notice", "Which notice"),
            Map.entry("method", "How it was sent"),
            Map.entry("recipient_notice", "Sent to"),
            Map.entry("meetingOn", "Date of the review meeting"),
            Map.entry("transferOn", "Date of the move to the new phase"),
            Map.entry("kind", "Kind of transfer"),
            Map.entry("setting", "School or setting"),
            Map.entry("consultationId", "Which consultation"),
            Map.entry("about", "Which decision it is about"),
            Map.entry("otherLa", "The other authority's 3-digit LA code"),
            Map.entry("lastReviewOn", "Date of the last review by the other authority (optional)"),
            Map.entry("primaryNeed", "Primary need (SEN2 type of need, optional)"),
            Map.entry("secondaryNeed", "Secondary need (optional)"),
            Map.entry("primaryNeed_amended", "Primary need, if the amended plan changes it"),
            Map.entry("secondaryNeed_amended", "Secondary need, if the amended plan changes it"),
            Map.entry("moveOn", "Date of the move"),
            Map.entry("requestedBy", "Who asked for the re-assessment (optional)"));

    private EventFormFields() {
    }

    static List<FormField> of(EventType type, CaseView view) {
        List<FormField> fields = new ArrayList<>();
        for (FieldSpec spec : EventShapes.of(type)) {
            if (spec.kind() != FieldSpec.Kind.GENERATED) {
                fields.add(field(type, spec, view));
            }
        }
        fields.add(new FormField("notes", "Notes (optional)", "Why, and anything the next person should know",
                FormField.Kind.TEXTAREA, Map.of()));
        return fields;
    }

    private static FormField field(EventType type, FieldSpec spec, CaseView view) {
        String label = label(type, spec);
        return switch (spec.kind()) {
            case DATE -> new FormField(spec.name(), label, "For example, 20 8 2025", FormField.Kind.DATE, Map.of());
            // An optional code is a select, whose empty choice means "none" or "unchanged"; radios cannot be undone.
            case VOCABULARY -> spec.required()
                    ? new FormField(spec.name(), label, null, FormField.Kind.RADIOS, options(spec, false))
                    : new FormField(spec.name(), label, null, FormField.Kind.SELECT, options(spec, true));
            case TEXT -> reference(spec, label, view);
            default -> new FormField(spec.name(), label, null, FormField.Kind.TEXT, Map.of());
        };
    }

    private static String label(EventType type, FieldSpec spec) {
        String variant = type == EventType.NOTICE_SENT && spec.name().equals("recipient") ? "recipient_notice"
                : type == EventType.AMENDED_PLAN_ISSUED ? spec.name() + "_amended" : spec.name();
        return LABELS.getOrDefault(variant, LABELS.getOrDefault(spec.name(), EventDescriptions.humanName(spec.name())));
    }

    private static FormField reference(FieldSpec spec, String label, CaseView view) {
        Map<String, String> options = new LinkedHashMap<>();
        if (spec.name().equals("adviceId")) {
            view.adviceRequests().stream().filter(AdviceRequest::outstanding).forEach(a -> options.put(a.adviceId(),
                    a.service().label() + ", requested " + Dates.format(a.requestedOn())));
        } else if (spec.name().equals("consultationId")) {
            view.consultations().stream().filter(SettingConsultation::outstanding).forEach(c ->
                    options.put(c.consultationId(), c.setting() + ", consulted " + Dates.format(c.consultedOn())));
        } else {
            boolean wordy = spec.slot() == Slot.REASONS;
            return new FormField(spec.name(), label, null, wordy ? FormField.Kind.TEXTAREA : FormField.Kind.TEXT,
                    Map.of());
        }
        return new FormField(spec.name(), label, null, FormField.Kind.SELECT, options);
    }

    /** Each code in words; in a select, followed by the code itself (an SEN2 need as "Hearing impairment (HI)"). */
    private static Map<String, String> options(FieldSpec spec, boolean withCode) {
        Map<String, String> options = new LinkedHashMap<>();
        for (Enum<?> value : spec.vocabulary().getEnumConstants()) {
            options.put(value.name(), Vocabulary.label(value) + (withCode ? " (" + value.name() + ")" : ""));
        }
        return options;
    }
}
