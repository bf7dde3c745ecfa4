package uk.send.platform.children;

import java.time.LocalDate;

/** The few details other modules show beside their own records (a case, an advice request). */
public record ChildSummary(String id, String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber,
        String settingUrn, String settingType) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
