package uk.send.platform.children;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** A child or young person on the register: checked, normalised values only. */
public record Child(String id, String givenName, String familyName, LocalDate dateOfBirth, String sex, String ethnicity,
        String postcode, String nhsNumber, String upn, String uln, String upnUnknownReason, String settingUrn,
        String settingType, boolean lookedAfter, LocalDate lookedAfterFrom, LocalDate lookedAfterTo,
        List<Contact> contacts, int version, Instant createdAt, Instant updatedAt) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }
}
