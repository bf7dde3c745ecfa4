package uk.send.platform.children;

/** A parent, carer or other contact for a child. */
public record Contact(String name, String relationship, String phone, String email, String address, boolean mainContact) {

    public static final java.util.List<String> RELATIONSHIPS = java.util.List.of("MOTHER", "FATHER", "PARENT", "CARER",
            "GUARDIAN", "CORPORATE_PARENT", "YOUNG_PERSON", "OTHER");
}
