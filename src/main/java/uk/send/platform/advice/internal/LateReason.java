package uk.send.platform.advice.internal;

/**
 * Why advice came back after its 6 weeks. Reg 8(2): "A body need not comply with the time limit referred to in
 * paragraph (1) if it is impractical to do so because" (a), (b) or (c). A waiting list is not one of them. NONE
 * records that the advice is late without an exception.
 */
enum LateReason {
    NONE("No exception applies: the advice is late", "None", null),
    EXCEPTIONAL_CIRCUMSTANCES("Exceptional circumstances affected the child, the child's parent or the young person "
            + "during the 6 weeks", "Exceptional circumstances", "reg 8(2)(a)"),
    ABSENT_FROM_AREA("The child, parent or young person was absent from the area for 4 weeks or more during the "
            + "6 weeks", "Absent from the area", "reg 8(2)(b)"),
    MISSED_APPOINTMENT("The child or young person missed an appointment for an examination or test during the 6 "
            + "weeks", "Missed appointment", "reg 8(2)(c)");

    private final String label;
    private final String shortLabel;
    private final String regulation;

    LateReason(String label, String shortLabel, String regulation) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.regulation = regulation;
    }

    /** "Missed appointment (reg 8(2)(c))", or "None". */
    public String shortText() {
        return regulation == null ? shortLabel : shortLabel + " (" + regulation + ")";
    }

    public String label() {
        return label;
    }

    /** "SEND Regulations 2014 reg 8(2)(a)", or null for NONE. */
    public String citation() {
        return regulation == null ? null : "SEND Regulations 2014 " + regulation;
    }

    boolean excuses() {
        return this != NONE;
    }
}
