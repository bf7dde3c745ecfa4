package uk.send.platform.children;

import java.time.LocalDate;

/** Find children by name (prefixes of given and family names), date of birth, NHS number or UPN. */
public record ChildSearch(String name, LocalDate dateOfBirth, String nhsNumber, String upn) {

    public boolean isEmpty() {
        return blank(name) && dateOfBirth == null && blank(nhsNumber) && blank(upn);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
