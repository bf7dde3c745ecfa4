package uk.send.platform.casework;

/** Who asked for the EHC needs assessment: SEN2 RequestSource, item 2.2 (codes 1 to 5). */
public enum RequestSource implements Sen2Coded {
    PARENT_OR_YOUNG_PERSON(1, "Parent or young person"),
    SETTING(2, "School or other education setting"),
    HEALTH(3, "Health care professional"),
    SOCIAL_CARE(4, "Social care professional"),
    OTHER(5, "Other");

    private final int code;
    private final String label;

    RequestSource(int code, String label) {
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
