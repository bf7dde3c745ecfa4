package uk.send.platform.casework;

/**
 * Why a time limit need not be met: reg 10(4)(a)-(d), applied to the 20 weeks by reg 13(3) and to the 6 weeks by
 * reg 5(4); MISSED_APPOINTMENT is reg 8(2)(c) and only excuses one advice request.
 */
public enum ExceptionGround {
    SCHOOL_CLOSURE("School or college closed for 4 weeks or more", "reg 10(4)(a)"),
    EARLY_YEARS_CLOSURE("Early years provider closed for 4 weeks or more", "reg 10(4)(b)"),
    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES("Exceptional personal circumstances", "reg 10(4)(c)"),
    ABSENT_FROM_AREA("Absent from the area for 4 weeks or more", "reg 10(4)(d)"),
    MISSED_APPOINTMENT("Missed an appointment for an examination or test (advice only)", "reg 8(2)(c)");

    private final String label;
    private final String citation;

    ExceptionGround(String label, String citation) {
        this.label = label;
        this.citation = citation;
    }

    public String label() {
        return label;
    }

    public String citation() {
        return "SEND Regulations 2014 " + citation;
    }

    /** Grounds that excuse an advice-giver's 6 weeks (reg 8(2)); school and early-years closures do not. */
    public boolean excusesAdvice() {
        return this == EXCEPTIONAL_PERSONAL_CIRCUMSTANCES || this == ABSENT_FROM_AREA || this == MISSED_APPOINTMENT;
    }
}
