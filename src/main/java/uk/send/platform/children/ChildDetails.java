package uk.send.platform.children;

import java.util.List;

/**
 * What is submitted to register or change a child, as entered: identifiers and dates are text here so that each
 * can be checked and explained field by field before anything is stored.
 */
public record ChildDetails(String givenName, String familyName, String dateOfBirth, String sex, String ethnicity,
        String postcode, String nhsNumber, String upn, String uln, String upnUnknownReason, String settingUrn,
        String settingType, Boolean lookedAfter, String lookedAfterFrom, String lookedAfterTo, List<Contact> contacts) {

    public ChildDetails {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
