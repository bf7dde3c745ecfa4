package uk.send.platform.advice.internal;

import java.time.LocalDate;
import uk.send.platform.children.ChildSummary;
import uk.send.platform.children.SettingType;

/**
 * The minimum of a child's record an advice provider needs to do the work: name, date of birth, NHS number and
 * setting. Nothing else of the child or the case reaches a provider.
 */
record ChildDetails(String id, String name, LocalDate dateOfBirth, String nhsNumber, String setting) {

    static ChildDetails of(ChildSummary child) {
        if (child == null) {
            return new ChildDetails(null, "Not on the register", null, null, null);
        }
        String setting = child.settingUrn() != null ? "School URN " + child.settingUrn()
                : child.settingType() != null ? SettingType.valueOf(child.settingType()).label() : null;
        return new ChildDetails(child.id(), child.fullName(), child.dateOfBirth(), child.nhsNumber(), setting);
    }

    /** "943 476 5919", or "Not recorded". */
    public String nhsNumberText() {
        return nhsNumber == null || nhsNumber.length() != 10 ? "Not recorded"
                : nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }

    public String settingText() {
        return setting == null ? "Not recorded" : setting;
    }
}
