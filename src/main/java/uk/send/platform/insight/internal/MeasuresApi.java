package uk.send.platform.insight.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.insight.BreakdownRow;
import uk.send.platform.insight.Dimension;
import uk.send.platform.insight.Figure;
import uk.send.platform.insight.FigureRecord;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.MeasureDefinition;
import uk.send.platform.insight.Measures;
import uk.send.platform.insight.Part;
import uk.send.platform.insight.Period;
import uk.send.platform.insight.TrendPoint;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/**
 * Measures over JSON (api-contract.md, "Measures"). Bad input is 400 with the field named, including an unknown
 * key: the key is a parameter of the figure, like its period (decision 0050).
 */
@RestController
@RequestMapping("/api/v1/measures")
@Tag(name = "Measures", description = "The SEND dashboard's figures, their definitions and the records behind them")
class MeasuresApi {

    private final Measures measures;

    MeasuresApi(Measures measures) {
        this.measures = measures;
    }

    record BreakdownAnswer(String key, String from, String to, String by, List<BreakdownRow> items) {
    }

    record TrendAnswer(String key, String to, int months, List<TrendPoint> items) {
    }

    @GetMapping
    @Operation(summary = "The catalogue of measures: key, definition, numerator and denominator rules, source, version")
    Paged<MeasureDefinition> catalogue() {
        List<MeasureDefinition> all = measures.catalogue();
        return new Paged<>(all, 0, all.size(), all.size());
    }

    @GetMapping("/{key}")
    @Operation(summary = "A measure's figure for a period: numerator, denominator, value and links to the records")
    Figure figure(@PathVariable String key, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String team,
            @RequestParam(required = false) String need, @RequestParam(required = false) String ageBand,
            @RequestParam(required = false) String setting) {
        return measures.figure(key, Period.parse(from, to), new Filter(team, need, ageBand, setting));
    }

    @GetMapping("/{key}/records")
    @Operation(summary = "The records counted in the figure's numerator or denominator (needs cases.read)")
    Paged<FigureRecord> records(@PathVariable String key, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String part,
            @RequestParam(required = false) String team, @RequestParam(required = false) String need,
            @RequestParam(required = false) String ageBand, @RequestParam(required = false) String setting,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Period period = Period.parse(from, to);
        Filter filter = new Filter(team, need, ageBand, setting);
        Part chosen = part(part, measures.definition(key));
        return measures.records(key, chosen, period, filter, page, size);
    }

    @GetMapping("/{key}/breakdown")
    @Operation(summary = "The figure split by team, need, ageBand, setting or the measure's own category")
    BreakdownAnswer breakdown(@PathVariable String key, @RequestParam(required = false) String by,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String team, @RequestParam(required = false) String need,
            @RequestParam(required = false) String ageBand, @RequestParam(required = false) String setting) {
        Period period = Period.parse(from, to);
        Dimension dimension = Dimension.ofParameter(by).orElseThrow(() -> InvalidInput.of("by",
                "Break a figure down by team, need, ageBand, setting or category"));
        return new BreakdownAnswer(key, period.from().toString(), period.to().toString(), by,
                measures.breakdown(key, dimension, period, new Filter(team, need, ageBand, setting)));
    }

    @GetMapping("/{key}/trend")
    @Operation(summary = "The figure for each calendar month ending with the month given (to=YYYY-MM)")
    TrendAnswer trend(@PathVariable String key, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "24") int months, @RequestParam(required = false) String team,
            @RequestParam(required = false) String need, @RequestParam(required = false) String ageBand,
            @RequestParam(required = false) String setting) {
        YearMonth last = month(to);
        return new TrendAnswer(key, last.toString(), months,
                measures.trend(key, last, months, new Filter(team, need, ageBand, setting)));
    }

    /** Without a part: every record the figure considered, its denominator, or for a count its numerator. */
    private static Part part(String text, MeasureDefinition definition) {
        if (text == null || text.isBlank()) {
            return definition.hasDenominator() ? Part.DENOMINATOR : Part.NUMERATOR;
        }
        Part part = Map.of("numerator", Part.NUMERATOR, "denominator", Part.DENOMINATOR)
                .get(text.strip().toLowerCase(Locale.ROOT));
        if (part == null) {
            throw InvalidInput.of("part", "part is numerator or denominator");
        }
        return part;
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("to", "Enter the last month of the trend as YYYY-MM, for example 2025-12");
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("to", "'" + text.strip() + "' is not a month; enter it as YYYY-MM, for example 2025-12");
        }
    }
}
