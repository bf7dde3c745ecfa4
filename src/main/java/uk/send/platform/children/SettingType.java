package uk.send.platform.children;

/** Kinds of setting a child or young person attends when no URN is recorded (the DfE placement groups). */
public enum SettingType {
    EARLY_YEARS("Early years setting"),
    MAINSTREAM_LA_MAINTAINED("Mainstream school, LA maintained"),
    MAINSTREAM_ACADEMY("Mainstream academy or free school"),
    RESOURCED_PROVISION("Resourced provision or SEN unit"),
    SPECIAL_LA_MAINTAINED("Special school, LA maintained"),
    SPECIAL_ACADEMY("Special academy or free school"),
    SPECIAL_INDEPENDENT("Independent or non-maintained special school"),
    ALTERNATIVE_PROVISION("Alternative provision or pupil referral unit"),
    FURTHER_EDUCATION("General further education or sixth form college"),
    SPECIALIST_POST_16("Specialist post-16 institution"),
    ELECTIVE_HOME_EDUCATION("Elective home education"),
    EDUCATED_OTHERWISE("Education otherwise than at school"),
    NOT_IN_EDUCATION("Not in education, employment or training");

    private final String label;

    SettingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
