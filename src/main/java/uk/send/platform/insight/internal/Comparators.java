package uk.send.platform.insight.internal;

import uk.send.platform.kernel.LocalArea;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The DfE's published figures for the same measures (insight/dfe-comparators-2025.csv, with its source): England,
 * the Local Area's region and the Local Area itself, found by its LA code, so the dashboard sets this Local Area's
 * figure beside the national statistics.
 */
@Component
class Comparators {

    static final String RESOURCE = "insight/dfe-comparators-2025.csv";
    private static final String ENGLAND = "England";
    private static final String REGION = "Region";
    private static final String LOCAL_AUTHORITY = "Local authority";

    /** One published figure: the area, the period it covers and its value (numerator or denominator may be null). */
    record Comparison(String measure, String period, String level, String code, String area, String region,
            Long numerator, Long denominator, BigDecimal value) {
    }

    private final List<Comparison> published;
    private final String la;

    Comparators(LocalArea localArea) {
        this.la = localArea.code();
        this.published = read();
    }

    /** England, then this Local Area's region, then this Local Area; areas the release does not cover are left out. */
    List<Comparison> of(String measure) {
        List<Comparison> rows = new ArrayList<>();
        Optional<Comparison> own = find(measure, LOCAL_AUTHORITY, la);
        find(measure, ENGLAND, null).ifPresent(rows::add);
        own.flatMap(o -> published.stream().filter(c -> c.measure().equals(measure) && c.level().equals(REGION)
                && c.area().equals(o.region())).findFirst()).ifPresent(rows::add);
        own.ifPresent(rows::add);
        return rows;
    }

    private Optional<Comparison> find(String measure, String level, String code) {
        return published.stream().filter(c -> c.measure().equals(measure) && c.level().equals(level)
                && (code == null || c.code().equals(code))).findFirst();
    }

    private static List<Comparison> read() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            List<Comparison> rows = new ArrayList<>();
            for (CSVRecord r : format.parse(in)) {
                rows.add(new Comparison(r.get("measure"), r.get("period"), r.get("level"), r.get("code"), r.get("name"),
                        r.get("region"), number(r.get("numerator")), number(r.get("denominator")), decimal(r.get("value"))));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static Long number(String text) {
        return text == null || !text.matches("\\d+") ? null : Long.valueOf(text);
    }

    private static BigDecimal decimal(String text) {
        return text == null || !text.matches("\\d+(\\.\\d+)?") ? null : new BigDecimal(text);
    }
}
