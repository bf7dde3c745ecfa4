package uk.send.platform.feedback;

import uk.send.platform.casework.EventType;

/** The points of the EHC journey at which families are asked how it went (the API's "survey" values). */
public enum KeyPoint {
    AFTER_DECISION_TO_ASSESS("After the decision whether to assess"),
    AFTER_FINAL_PLAN("After the final plan"),
    AFTER_ANNUAL_REVIEW("After an annual review");

    private final String label;

    KeyPoint(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key point a case event ends, if any: decisions whether to assess, final plans, review decisions. */
    public static java.util.Optional<KeyPoint> after(EventType type) {
        return java.util.Optional.ofNullable(switch (type) {
            case DECIDED_TO_ASSESS, DECIDED_NOT_TO_ASSESS -> AFTER_DECISION_TO_ASSESS;
            case FINAL_PLAN_ISSUED -> AFTER_FINAL_PLAN;
            case REVIEW_DECISION_MADE -> AFTER_ANNUAL_REVIEW;
            default -> null;
        });
    }

    /** The key point a value names, or an InvalidInput on the field naming it. */
    public static KeyPoint parse(String field, String value) {
        try {
            return valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw uk.send.platform.kernel.InvalidInput.of(field,
                    "Choose the survey: AFTER_DECISION_TO_ASSESS, AFTER_FINAL_PLAN or AFTER_ANNUAL_REVIEW");
        }
    }
}
