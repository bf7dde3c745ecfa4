package uk.send.platform.insight.internal;

import java.util.List;
import uk.send.platform.insight.Dimension;

/**
 * The part of a counter a figure reads: a cell (ANY where not filtered), a category or null for all, and at most one
 * dimension left free so that the figure splits by its values (a breakdown).
 */
record Slice(Counter counter, Cell cell, String category, Dimension free, List<String> freeValues) {

    static final String WHOLE = "";

    Slice {
        freeValues = freeValues == null ? List.of() : List.copyOf(freeValues);
    }

    /** The column a dimension is held in, in insight_cube and insight_records alike. */
    static String column(Dimension dimension) {
        return switch (dimension) {
            case TEAM -> "team";
            case NEED -> "need";
            case AGE_BAND -> "age_band";
            case SETTING -> "setting_type";
            case CATEGORY -> "category";
        };
    }

    String value(Dimension dimension) {
        return switch (dimension) {
            case TEAM -> cell.team();
            case NEED -> cell.need();
            case AGE_BAND -> cell.ageBand();
            case SETTING -> cell.setting();
            case CATEGORY -> category;
        };
    }

    /** The expression a query groups by: the free dimension's column, or one group for the whole slice. */
    String groupExpression() {
        return free == null ? "''" : column(free);
    }
}
