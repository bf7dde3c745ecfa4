package uk.send.platform.insight.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.send.platform.documents.Downloads;
import uk.send.platform.insight.Dimension;
import uk.send.platform.insight.Figure;
import uk.send.platform.insight.FigureRecord;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.MeasureDefinition;
import uk.send.platform.insight.Measures;
import uk.send.platform.insight.Part;
import uk.send.platform.kernel.Choices;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/** The SEND dashboard pages: headline tiles, one page per measure, the records behind a figure, and exports. */
@Controller
class DashboardPages {

    private static final int RECORDS_PAGE = 50;
    private static final int MONTHS_TO_CHOOSE = 36;

    private final Dashboard dashboard;
    private final Measures measures;
    private final Clock clock;

    DashboardPages(Dashboard dashboard, Measures measures, Clock clock) {
        this.dashboard = dashboard;
        this.measures = measures;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String to, @RequestParam(required = false) Integer months,
            @RequestParam(required = false) String team, @RequestParam(required = false) String need,
            @RequestParam(required = false) String ageBand, @RequestParam(required = false) String setting,
            Model model) {
        DashboardQuery q = query(to, months, team, need, ageBand, setting);
        List<Dashboard.Tile> tiles = dashboard.tiles(q);
        common(model, q, measures.catalogue().get(0).key());
        model.addAttribute("tiles", tiles);
        model.addAttribute("headline", dashboard.headline(tiles, q));
        return "insight/dashboard";
    }

    @GetMapping("/dashboard/measures/{key}")
    String measure(@PathVariable String key, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer months, @RequestParam(required = false) String team,
            @RequestParam(required = false) String need, @RequestParam(required = false) String ageBand,
            @RequestParam(required = false) String setting, Model model) {
        DashboardQuery q = query(to, months, team, need, ageBand, setting);
        MeasureDefinition definition = measures.definition(key);
        Figure figure = measures.figure(key, q.period(), q.filter());
        common(model, q, key);
        model.addAttribute("measure", definition);
        model.addAttribute("figure", figure);
        model.addAttribute("figureText", FigureText.value(figure));
        model.addAttribute("mayList", measures.mayListRecords(q.filter()));
        model.addAttribute("comparison", dashboard.comparison(key, q));
        Dashboard.Trend trend = dashboard.trend(key, q);
        model.addAttribute("trend", trend.table());
        model.addAttribute("chart", trend.svg());
        List<Table> breakdowns = new ArrayList<>();
        definition.breakdowns().forEach(by -> breakdowns.add(dashboard.breakdown(key, by, q)));
        model.addAttribute("breakdowns", breakdowns);
        return "insight/measure";
    }

    @GetMapping("/dashboard/measures/{key}/records")
    String records(@PathVariable String key, @RequestParam(required = false) String part,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer months,
            @RequestParam(required = false) String team, @RequestParam(required = false) String need,
            @RequestParam(required = false) String ageBand, @RequestParam(required = false) String setting,
            @RequestParam(defaultValue = "0") int page, Model model) {
        DashboardQuery q = query(to, months, team, need, ageBand, setting);
        MeasureDefinition definition = measures.definition(key);
        Part chosen = part(part, definition);
        Paged<FigureRecord> records = dashboard.records(key, chosen, q, page, RECORDS_PAGE);
        common(model, q, key);
        model.addAttribute("measure", definition);
        model.addAttribute("part", chosen.name().toLowerCase());
        model.addAttribute("records", records);
        model.addAttribute("table", dashboard.recordsTable(key, chosen, records.items()));
        model.addAttribute("pageBase", "/dashboard/measures/" + key + "/records?part=" + chosen.name().toLowerCase()
                + "&" + q.queryString() + "&");
        return "insight/records";
    }

    @GetMapping("/dashboard/export/{name}.{format}")
    ResponseEntity<byte[]> export(@PathVariable String name, @PathVariable String format, @RequestParam(required = false) String key,
            @RequestParam(required = false) String part, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer months, @RequestParam(required = false) String team,
            @RequestParam(required = false) String need, @RequestParam(required = false) String ageBand,
            @RequestParam(required = false) String setting) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw InvalidInput.of("format", "Export a table as csv or xlsx");
        }
        DashboardQuery q = query(to, months, team, need, ageBand, setting);
        String measureKey = key == null ? measures.catalogue().get(0).key() : key;
        Part chosen = name.equals("records") ? part(part, measures.definition(measureKey)) : Part.NUMERATOR;
        Table table = dashboard.table(name, measureKey, chosen, q);
        String fileName = fileName(name, key, q);
        return format.equals("csv") ? Downloads.csv(table.asShown(), fileName)
                : Downloads.xlsx(List.of(table.withNumbers()), fileName);
    }

    private void common(Model model, DashboardQuery q, String key) {
        model.addAttribute("q", q);
        model.addAttribute("period", Dashboard.describe(q.period()));
        model.addAttribute("query", q.queryString());
        model.addAttribute("exportQuery", "key=" + key + "&" + q.queryString());
        Map<String, String> monthsToChoose = new LinkedHashMap<>();
        YearMonth last = lastComplete();
        for (int i = 0; i < MONTHS_TO_CHOOSE; i++) {
            monthsToChoose.put(last.minusMonths(i).toString(), last.minusMonths(i).format(Dashboard.MONTH));
        }
        model.addAttribute("monthOptions", monthsToChoose);
        model.addAttribute("lengthOptions", Choices.same(DashboardQuery.LENGTHS));
        String anyKey = measures.catalogue().get(0).key();
        model.addAttribute("teamOptions", measures.options(Dimension.TEAM, anyKey));
        model.addAttribute("needOptions", measures.options(Dimension.NEED, anyKey));
        model.addAttribute("ageBandOptions", measures.options(Dimension.AGE_BAND, anyKey));
        model.addAttribute("settingOptions", measures.options(Dimension.SETTING, anyKey));
    }

    private DashboardQuery query(String to, Integer months, String team, String need, String ageBand, String setting) {
        return DashboardQuery.of(to, months, new Filter(team, need, ageBand, setting), lastComplete());
    }

    private YearMonth lastComplete() {
        return YearMonth.now(clock).minusMonths(1);
    }

    private static Part part(String text, MeasureDefinition definition) {
        if (text == null || text.isBlank()) {
            return definition.hasDenominator() ? Part.DENOMINATOR : Part.NUMERATOR;
        }
        if (!text.equals("numerator") && !text.equals("denominator")) {
            throw InvalidInput.of("part", "part is numerator or denominator");
        }
        return Part.valueOf(text.toUpperCase());
    }

    private static String fileName(String name, String key, DashboardQuery q) {
        return (key == null ? "" : key + "-") + name + "-" + q.to() + "-" + q.months() + "m";
    }
}
