package uk.send.platform.insight.internal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.send.platform.insight.BreakdownRow;
import uk.send.platform.insight.Dimension;
import uk.send.platform.insight.Figure;
import uk.send.platform.insight.FigureRecord;
import uk.send.platform.insight.MeasureDefinition;
import uk.send.platform.insight.Measures;
import uk.send.platform.insight.Part;
import uk.send.platform.insight.Period;
import uk.send.platform.insight.TrendPoint;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/** Builds what the dashboard pages show, every table in the one shape the page, the CSV and the XLSX share. */
@Component
class Dashboard {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    static final int EXPORT_PAGE = 200;

    private final Measures measures;
    private final Comparators comparators;

    Dashboard(Measures measures, Comparators comparators) {
        this.measures = measures;
        this.comparators = comparators;
    }

    record Tile(MeasureDefinition measure, Figure now, Figure before, Change change, String text) {
    }

    record Trend(Table table, String svg) {
    }

    List<Tile> tiles(DashboardQuery q) {
        Period period = q.period();
        Period previous = period.previous();
        String previousWords = "the previous " + (q.months() == 1 ? "month" : q.months() + " months");
        List<Tile> tiles = new ArrayList<>();
        for (MeasureDefinition m : measures.catalogue()) {
            List<Figure> both = measures.figures(m.key(), List.of(period, previous), q.filter());
            Figure now = both.get(0);
            Figure before = both.get(1);
            tiles.add(new Tile(m, now, before, Change.between(m, now, before, previousWords), FigureText.value(now)));
        }
        return tiles;
    }

    Table headline(List<Tile> tiles, DashboardQuery q) {
        List<List<String>> rows = tiles.stream().map(t -> List.of(t.measure().title(), FigureText.cell(t.now()),
                FigureText.cell(t.before()), t.change().words())).toList();
        return new Table("headline", "Headline figures, " + describe(q.period()),
                List.of("Measure", "This period", "Previous period", "Change"), rows);
    }

    Trend trend(String key, DashboardQuery q) {
        MeasureDefinition m = measures.definition(key);
        List<TrendPoint> points = measures.trend(key, q.to(), DashboardQuery.TREND_MONTHS, q.filter());
        List<List<String>> rows = points.stream().map(p -> List.of(p.month().format(MONTH),
                FigureText.cell(p.figure(), p.figure().numerator()), FigureText.cell(p.figure(), p.figure().denominator()),
                FigureText.cell(p.figure()))).toList();
        Table table = new Table("trend", m.title() + ", month by month", headers("Month", m), rows);
        String svg = TrendChart.svg("trend-" + key, m.title() + ": " + DashboardQuery.TREND_MONTHS + " months to "
                + q.to().format(MONTH), m.unit().suffix(), points.stream().map(p -> new TrendChart.Point(
                        p.month().format(MONTH), p.figure().suppressed() ? null : p.figure().value())).toList());
        return new Trend(table, svg);
    }

    Table breakdown(String key, Dimension by, DashboardQuery q) {
        MeasureDefinition m = measures.definition(key);
        String label = by == Dimension.CATEGORY ? m.categoryLabel() : by.label();
        List<BreakdownRow> rows = measures.breakdown(key, by, q.period(), q.filter());
        return new Table("breakdown-" + by.parameter(), m.title() + " by " + label.toLowerCase(Locale.UK),
                headers(label, m), rows.stream().map(r -> List.of(r.label(), FigureText.cell(r.figure(),
                        r.figure().numerator()), FigureText.cell(r.figure(), r.figure().denominator()),
                        FigureText.cell(r.figure()))).toList());
    }

    Table comparison(String key, DashboardQuery q) {
        MeasureDefinition m = measures.definition(key);
        Figure ours = measures.figure(key, q.period(), q.filter());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("This Local Area (this platform)", describe(q.period()), FigureText.cell(ours, ours.numerator()),
                FigureText.cell(ours, ours.denominator()), FigureText.cell(ours)));
        for (Comparators.Comparison c : comparators.of(key)) {
            rows.add(List.of(c.area() + " (DfE)", c.period(), c.numerator() == null ? "" : c.numerator().toString(),
                    c.denominator() == null ? "" : c.denominator().toString(),
                    c.value() == null ? "" : c.value().toPlainString()));
        }
        return new Table("comparison", m.title() + " compared with the DfE statistics",
                List.of("Area", "Period", "Numerator", "Denominator", valueHeader(m)), rows);
    }

    Paged<FigureRecord> records(String key, Part part, DashboardQuery q, int page, int size) {
        return measures.records(key, part, q.period(), q.filter(), page, size);
    }

    Table recordsTable(String key, Part part, List<FigureRecord> records) {
        MeasureDefinition m = measures.definition(key);
        List<List<String>> rows = records.stream().map(r -> List.of(r.caseId(), r.childName() == null ? "" : r.childName(),
                r.what(), text(r.on()), text(r.until()), text(r.dueOn()), r.categoryLabel() == null ? "" : r.categoryLabel(),
                r.inNumerator() ? "Yes" : "No", r.team(), r.need(), r.ageBand(), r.setting())).toList();
        return new Table("records", m.title() + ": " + part.name().toLowerCase(Locale.UK) + " records",
                List.of("Case", "Child", "Record", "Date", "Until", "Due", "Category", "In numerator", "Team",
                        "Primary need", "Age band", "Setting"), rows);
    }

    /** The table an export address names, built as its page builds it. */
    Table table(String name, String key, Part part, DashboardQuery q) {
        if (name.equals("headline")) {
            return headline(tiles(q), q);
        }
        if (name.equals("trend")) {
            return trend(key, q).table();
        }
        if (name.equals("comparison")) {
            return comparison(key, q);
        }
        if (name.equals("records")) {
            List<FigureRecord> all = new ArrayList<>();
            Paged<FigureRecord> page = records(key, part, q, 0, EXPORT_PAGE);
            all.addAll(page.items());
            for (int p = 1; p < page.totalPages(); p++) {
                all.addAll(records(key, part, q, p, EXPORT_PAGE).items());
            }
            return recordsTable(key, part, all);
        }
        if (name.startsWith("breakdown-")) {
            Dimension by = Dimension.ofParameter(name.substring("breakdown-".length()))
                    .orElseThrow(() -> InvalidInput.of("table", "There is no table " + name));
            return breakdown(key, by, q);
        }
        throw InvalidInput.of("table", "There is no table " + name);
    }

    static String describe(Period period) {
        YearMonth first = YearMonth.from(period.from());
        YearMonth last = YearMonth.from(period.to());
        return first.equals(last) ? last.format(MONTH) : first.format(MONTH) + " to " + last.format(MONTH);
    }

    private static List<String> headers(String first, MeasureDefinition m) {
        return List.of(first, "Numerator", m.hasDenominator() ? "Denominator" : "Denominator (none)", valueHeader(m));
    }

    private static String valueHeader(MeasureDefinition m) {
        return switch (m.unit()) {
            case PERCENT -> "Value (%)";
            case WEEKS -> "Value (weeks)";
            case COUNT -> "Value (count)";
        };
    }

    private static String text(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
