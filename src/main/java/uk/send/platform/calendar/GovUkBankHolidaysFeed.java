package uk.send.platform.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the gov.uk bank-holidays.json format:
 * {"england-and-wales": {"division": ..., "events": [{"title": ..., "date": "2025-12-25", ...}]}, ...}.
 * Only the England and Wales division matters: SEND law here is English (statutory-rules 4.3).
 */
final class GovUkBankHolidaysFeed {

    static final String DIVISION = "england-and-wales";
    private static final String PREFIX = "gov.uk bank holidays JSON: ";

    private GovUkBankHolidaysFeed() {
    }

    static TreeSet<LocalDate> englandAndWalesDates(String json) {
        Object root;
        try {
            root = JsonText.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + e.getMessage(), e);
        }
        Map<?, ?> division = member(asObject(root, "the top level"), DIVISION, Map.class);
        List<?> events = member(division, "events", List.class);
        if (events.isEmpty()) {
            throw fail("\"" + DIVISION + "\" has no events");
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int i = 0; i < events.size(); i++) {
            String date = member(asObject(events.get(i), "events[" + i + "]"), "date", String.class);
            try {
                dates.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(PREFIX + "events[" + i + "] has date '" + date
                        + "', expected YYYY-MM-DD", e);
            }
        }
        return dates;
    }

    private static Map<?, ?> asObject(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw fail(what + " is not a JSON object");
    }

    private static <T> T member(Map<?, ?> object, String name, Class<T> type) {
        Object value = object.get(name);
        if (value == null) {
            throw fail("missing \"" + name + "\"");
        }
        if (!type.isInstance(value)) {
            throw fail("\"" + name + "\" has the wrong type");
        }
        return type.cast(value);
    }

    private static IllegalArgumentException fail(String message) {
        return new IllegalArgumentException(PREFIX + message);
    }
}
