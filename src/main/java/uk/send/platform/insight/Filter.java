package uk.send.platform.insight;

import java.util.EnumMap;
import java.util.Map;

/** Which records a figure covers: null for any team, need, age band or setting. */
public record Filter(String team, String need, String ageBand, String setting) {

    public static Filter none() {
        return new Filter(null, null, null, null);
    }

    public Filter {
        team = blankToNull(team);
        need = blankToNull(need);
        ageBand = blankToNull(ageBand);
        setting = blankToNull(setting);
    }

    public String value(Dimension dimension) {
        return switch (dimension) {
            case TEAM -> team;
            case NEED -> need;
            case AGE_BAND -> ageBand;
            case SETTING -> setting;
            case CATEGORY -> null;
        };
    }

    public Filter with(Dimension dimension, String value) {
        return switch (dimension) {
            case TEAM -> new Filter(value, need, ageBand, setting);
            case NEED -> new Filter(team, value, ageBand, setting);
            case AGE_BAND -> new Filter(team, need, value, setting);
            case SETTING -> new Filter(team, need, ageBand, value);
            case CATEGORY -> this;
        };
    }

    /** The dimensions that are set, in a fixed order, for query strings and captions. */
    public Map<Dimension, String> chosen() {
        Map<Dimension, String> chosen = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            if (value(d) != null) {
                chosen.put(d, value(d));
            }
        }
        return chosen;
    }

    public boolean isEmpty() {
        return chosen().isEmpty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
