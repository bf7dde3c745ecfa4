package uk.send.platform.timelimits.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.send.platform.calendar.BankHolidays;

/**
 * Reads gov.uk's bank-holidays.json with Jackson:
 * {"england-and-wales": {"division": ..., "events": [{"title": ..., "date": "2025-12-25", ...}]}, ...}.
 * Only the England and Wales division matters: SEND law here is English (statutory-rules 4.3). The calendar
 * module stays plain Java and takes the dates (decision 0007).
 */
public final class GovUkBankHolidaysFeed {

    static final String DIVISION = "england-and-wales";
    private static final String PREFIX = "gov.uk bank holidays JSON: ";
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GovUkBankHolidaysFeed() {
    }

    /** The England and Wales dates; a malformed file raises {@link IllegalArgumentException} naming the problem. */
    public static BankHolidays englandAndWales(InputStream json) {
        Objects.requireNonNull(json, "json");
        JsonNode division = member(object(read(json), "the top level"), DIVISION);
        JsonNode events = member(object(division, "\"" + DIVISION + "\""), "events");
        if (!events.isArray()) {
            throw fail("\"events\" has the wrong type");
        }
        if (events.isEmpty()) {
            throw fail("\"" + DIVISION + "\" has no events");
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode date = member(object(events.get(i), "events[" + i + "]"), "date");
            if (!date.isString()) {
                throw fail("\"date\" has the wrong type");
            }
            try {
                dates.add(LocalDate.parse(date.asString()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(PREFIX + "events[" + i + "] has date '" + date.asString()
                        + "', expected YYYY-MM-DD", e);
            }
        }
        return BankHolidays.of(dates);
    }

    private static JsonNode read(InputStream json) {
        try {
            return STRICT.readTree(json);
        } catch (JacksonException e) {
            String where = position(e.getLocation());
            throw new IllegalArgumentException(PREFIX + "malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Where the reader stopped; a byte offset for a stream, which is the character for ASCII JSON. */
    private static String position(TokenStreamLocation at) {
        if (at == null) {
            return "";
        }
        long offset = at.getCharOffset() >= 0 ? at.getCharOffset() : at.getByteOffset();
        return offset < 0 ? "" : " at character " + offset;
    }

    private static JsonNode object(JsonNode value, String what) {
        if (value == null || !value.isObject()) {
            throw fail(what + " is not a JSON object");
        }
        return value;
    }

    private static JsonNode member(JsonNode object, String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw fail("missing \"" + name + "\"");
        }
        return value;
    }

    private static IllegalArgumentException fail(String message) {
        return new IllegalArgumentException(PREFIX + message);
    }
}
