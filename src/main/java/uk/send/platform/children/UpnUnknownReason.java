package uk.send.platform.children;

/** Why a child has no UPN (SEN2 UPNunknown codes; UN1 only for children under 6). */
public enum UpnUnknownReason {
    UN1("Under 6 years old and not yet allocated a UPN"),
    UN2("Never attended a state-funded school in England"),
    UN3("Educated outside England"),
    UN5("Sources disagree on name or date of birth, so matching is unreliable"),
    UN8("New to the Local Area and UPN or ULN not yet known"),
    UN9("Never attended a state-funded school or further education setting in England"),
    UN10("Request ended with no further action before the UPN or ULN was known");

    private final String label;

    UpnUnknownReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
