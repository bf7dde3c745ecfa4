package uk.send.platform.casework;

/** Which decision a panel, a mediation or an appeal is about (SEN2 RequestMediation, AssessmentTribunal, ...). */
public enum DecisionSubject {
    ASSESS("Whether to assess"),
    ISSUE("Whether to issue a plan"),
    PLAN_CONTENT("What the plan says"),
    PLACEMENT("The school or setting named"),
    REASSESS("Whether to re-assess"),
    CEASE("Ceasing the plan"),
    OTHER("Something else");

    private final String label;

    DecisionSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
