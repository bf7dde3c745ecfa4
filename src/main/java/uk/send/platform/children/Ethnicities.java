package uk.send.platform.children;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** CBDS ethnicity codes (main and extended) as accepted by the SEN2 return, with their labels. */
public final class Ethnicities {

    private static final Map<String, String> CODES = load();

    private Ethnicities() {
    }

    public static boolean isKnown(String code) {
        return CODES.containsKey(code);
    }

    public static String label(String code) {
        return CODES.getOrDefault(code, code);
    }

    public static Map<String, String> all() {
        return CODES;
    }

    private static Map<String, String> load() {
        var stream = Ethnicities.class.getResourceAsStream("/children/ethnicity-codes.txt");
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            Map<String, String> codes = new LinkedHashMap<>();
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
                int bar = l.indexOf('|');
                codes.put(l.substring(0, bar), l.substring(bar + 1));
            });
            return Collections.unmodifiableMap(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
