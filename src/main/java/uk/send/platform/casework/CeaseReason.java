package uk.send.platform.casework;

/** Why a plan ended: SEN2 CeaseReason, item 4.6 (codes 1 to 9). */
public enum CeaseReason implements Sen2Coded {
    MAXIMUM_AGE(1, "Reached maximum age"),
    NEEDS_MET_WITHOUT_PLAN(2, "Needs met without a plan"),
    HIGHER_EDUCATION(3, "Moved to higher education"),
    PAID_EMPLOYMENT(4, "Paid employment, excluding apprenticeships"),
    TRANSFERRED_TO_ANOTHER_LA(5, "Transferred to another local authority in England"),
    NO_LONGER_WISHES_TO_ENGAGE(6, "Young person no longer wishes to engage"),
    MOVED_OUTSIDE_ENGLAND(7, "Moved outside England"),
    DECEASED(8, "Deceased"),
    OTHER(9, "Other");

    private final int code;
    private final String label;

    CeaseReason(int code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public int sen2Code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
