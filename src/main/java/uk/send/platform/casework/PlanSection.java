package uk.send.platform.casework;

/** The separately identified sections of an EHC plan (SEND Regulations 2014 reg 12(1); Code of Practice 9.61-9.69). */
public enum PlanSection {
    A("Views, interests and aspirations"),
    B("Special educational needs"),
    C("Health care needs related to special educational needs"),
    D("Social care needs related to special educational needs or a disability"),
    E("Outcomes"),
    F("Special educational provision"),
    G("Health care provision"),
    H1("Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
    H2("Other social care provision"),
    I("Placement: the school or other institution, or its type"),
    J("Personal budget"),
    K("Advice and information");

    private final String title;

    PlanSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** B, C and D: what the golden thread starts from. */
    public boolean need() {
        return this == B || this == C || this == D;
    }

    /** F, G, H1 and H2: what must be specific and quantified, and serve a need. */
    public boolean provision() {
        return this == F || this == G || this == H1 || this == H2;
    }

    public boolean outcome() {
        return this == E;
    }
}
