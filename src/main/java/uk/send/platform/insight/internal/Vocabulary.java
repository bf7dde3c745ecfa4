package uk.send.platform.insight.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.send.platform.children.SettingType;

/** The values of the fixed dimensions, code to label, in the order the dashboard lists them. */
final class Vocabulary {

    static final String NOT_RECORDED = "NOT_RECORDED";
    private static final String NOT_RECORDED_LABEL = "Not recorded";

    private Vocabulary() {
    }

    static Map<String, String> needs() {
        Map<String, String> needs = new LinkedHashMap<>();
        Arrays.stream(PrimaryNeed.values()).forEach(n -> needs.put(n.name(), n.label()));
        return needs;
    }

    static Map<String, String> ageBands() {
        Map<String, String> bands = new LinkedHashMap<>();
        Arrays.stream(AgeBand.values()).forEach(b -> bands.put(b.name(), b.label()));
        return bands;
    }

    static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        Arrays.stream(SettingType.values()).forEach(s -> settings.put(s.name(), s.label()));
        settings.put(NOT_RECORDED, NOT_RECORDED_LABEL);
        return settings;
    }

    /** A setting as the children module holds it, or NOT_RECORDED. */
    static String setting(String settingType) {
        return settingType == null || !settings().containsKey(settingType) ? NOT_RECORDED : settingType;
    }
}
