package uk.send.platform.casework;

import uk.send.platform.children.SettingType;

/**
 * Section I of a plan: the school or other institution named, by its URN, with its type; or the type of setting only
 * (reg 12(1); ehc-plan.md). A draft leaves it empty. The name is as the caseworker gives it, for reading only.
 */
public record Placement(String urn, SettingType settingType, String name) {

    /** "Hill Top Primary (URN 123456), Mainstream school, LA maintained", or the type alone. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (name != null) {
            text.append(name);
        }
        if (urn != null) {
            text.append(text.isEmpty() ? "URN " + urn : " (URN " + urn + ")");
        }
        if (settingType != null) {
            text.append(text.isEmpty() ? settingType.label() : ", " + settingType.label());
        }
        return text.toString();
    }
}
