package uk.send.platform.insight.internal;

import uk.send.platform.kernel.LocalArea;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.AccessLog;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.children.ChildSummary;
import uk.send.platform.children.Children;
import uk.send.platform.insight.BreakdownRow;
import uk.send.platform.insight.Dimension;
import uk.send.platform.insight.Figure;
import uk.send.platform.insight.FigureRecord;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.MeasureDefinition;
import uk.send.platform.insight.MeasureSource;
import uk.send.platform.insight.Measures;
import uk.send.platform.insight.Part;
import uk.send.platform.insight.Period;
import uk.send.platform.insight.TrendPoint;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/** The insight module's service: checks, access and small-number suppression around the figure calculator. */
@Service
@Transactional(readOnly = true)
class MeasureService implements Measures {

    static final String LISTED = "MEASURE_RECORDS";
    private static final int MAX_TEAM_LENGTH = 80;

    private final MeasureCatalogue catalogue;
    private final ContributedMeasures contributed;
    private final FigureCalculator calculator;
    private final RecordQueries recordQueries;
    private final Journeys journeys;
    private final Categories categories;
    private final AccessControl access;
    private final AccessLog accessLog;
    private final Children children;
    private final String la;

    MeasureService(MeasureCatalogue catalogue, ContributedMeasures contributed, FigureCalculator calculator,
            RecordQueries recordQueries, Journeys journeys, Categories categories, AccessControl access,
            AccessLog accessLog, Children children, LocalArea localArea) {
        this.catalogue = catalogue;
        this.contributed = contributed;
        this.calculator = calculator;
        this.recordQueries = recordQueries;
        this.journeys = journeys;
        this.categories = categories;
        this.access = access;
        this.accessLog = accessLog;
        this.children = children;
        this.la = localArea.code();
    }

    @Override
    public List<MeasureDefinition> catalogue() {
        viewer();
        List<MeasureDefinition> all = new ArrayList<>(catalogue.all().stream().map(Measure::definition).toList());
        contributed.all().forEach(source -> all.add(source.definition()));
        return all;
    }

    @Override
    public MeasureDefinition definition(String key) {
        viewer();
        return contributed.find(key).map(MeasureSource::definition).orElseGet(() -> measure(key).definition());
    }

    @Override
    public Figure figure(String key, Period period, Filter filter) {
        CurrentUser viewer = viewer();
        check(filter);
        Optional<MeasureSource> source = contributed.find(key);
        if (source.isPresent()) {
            return publish(source.get().definition(), period, filter, contributed.figure(source.get(), period, filter),
                    viewer);
        }
        Measure measure = measure(key);
        return publish(measure.definition(), period, filter, calculator.figure(measure, period, filter), viewer);
    }

    @Override
    public List<Figure> figures(String key, List<Period> periods, Filter filter) {
        CurrentUser viewer = viewer();
        check(filter);
        Optional<MeasureSource> source = contributed.find(key);
        MeasureDefinition definition;
        List<Raw> raws;
        if (source.isPresent()) {
            definition = source.get().definition();
            raws = contributed.figures(source.get(), periods, filter);
        } else {
            Measure measure = measure(key);
            definition = measure.definition();
            raws = periods.stream().allMatch(Period::wholeMonths)
                    ? calculator.wholeMonths(measure, periods, filter)
                    : periods.stream().map(p -> calculator.figure(measure, p, filter)).toList();
        }
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            figures.add(publish(definition, periods.get(i), filter, raws.get(i), viewer));
        }
        return figures;
    }

    @Override
    public List<BreakdownRow> breakdown(String key, Dimension by, Period period, Filter filter) {
        CurrentUser viewer = viewer();
        check(filter);
        Optional<MeasureSource> source = contributed.find(key);
        MeasureDefinition definition = source.map(MeasureSource::definition).orElseGet(() -> measure(key).definition());
        if (by == null || !definition.breakdowns().contains(by)) {
            throw InvalidInput.of("by", "The measure " + key + " can be broken down by "
                    + definition.breakdowns().stream().map(Dimension::parameter).collect(Collectors.joining(", ")));
        }
        List<BreakdownRow> rows = new ArrayList<>();
        if (source.isPresent()) {
            options(by, (Measure) null).forEach((value, label) -> {
                Filter narrowed = filter.with(by, value);
                rows.add(new BreakdownRow(value, label, publish(definition, period, narrowed,
                        contributed.figure(source.get(), period, narrowed), viewer)));
            });
            return rows;
        }
        Measure measure = measure(key);
        Map<String, String> labels = options(by, measure);
        calculator.split(measure, period, filter, by, List.copyOf(labels.keySet())).forEach((value, raw) -> {
            Filter narrowed = by == Dimension.CATEGORY ? filter : filter.with(by, value);
            rows.add(new BreakdownRow(value, labels.get(value), publish(definition, period, narrowed, raw, viewer)));
        });
        return rows;
    }

    @Override
    public List<TrendPoint> trend(String key, YearMonth last, int months, Filter filter) {
        CurrentUser viewer = viewer();
        check(filter);
        Optional<MeasureSource> source = contributed.find(key);
        MeasureDefinition definition = source.map(MeasureSource::definition).orElseGet(() -> measure(key).definition());
        if (months < 1 || months > MAX_TREND_MONTHS) {
            throw InvalidInput.of("months", "Ask for between 1 and " + MAX_TREND_MONTHS + " months");
        }
        if (last == null) {
            throw InvalidInput.of("to", "Enter the last month of the trend, for example 2025-12");
        }
        YearMonth first = last.minusMonths(months - 1L);
        Map<YearMonth, Raw> raws = source.isPresent() ? contributed.trend(source.get(), first, last, filter)
                : calculator.trend(measure(key), first, last, filter);
        List<TrendPoint> points = new ArrayList<>();
        raws.forEach((month, raw) -> points.add(
                new TrendPoint(month, publish(definition, Period.of(month, month), filter, raw, viewer))));
        return points;
    }

    @Override
    @Transactional
    public Paged<FigureRecord> records(String key, Part part, Period period, Filter filter, int page, int size) {
        CurrentUser viewer = viewer();
        check(filter);
        Optional<MeasureSource> source = contributed.find(key);
        MeasureDefinition definition = source.map(MeasureSource::definition).orElseGet(() -> measure(key).definition());
        if (part == null) {
            throw InvalidInput.of("part", "Choose part=numerator or part=denominator");
        }
        if (part == Part.DENOMINATOR && !definition.hasDenominator()) {
            throw InvalidInput.of("part", "The measure " + key + " is a count: it has no denominator");
        }
        Paged.check(page, size);
        if (!mayList(viewer, filter)) {
            throw new AccessDeniedException("Listing the records behind a figure needs cases.read for the whole "
                    + "Local Area, or for your own team with the team filter set to it");
        }
        if (source.isPresent()) {
            return contributedRecords(source.get(), part, period, filter, page, size);
        }
        Measure measure = measure(key);
        List<Term> terms = part == Part.NUMERATOR ? measure.numerator() : measure.denominator();
        Cell cell = FigureCalculator.cell(filter);
        List<CountedRecord> rows = recordQueries.page(la, terms, cell, period, page, size);
        long total = recordQueries.count(la, terms, cell, period);
        return new Paged<>(describe(measure, rows), page, size, total);
    }

    private Paged<FigureRecord> contributedRecords(MeasureSource source, Part part, Period period, Filter filter,
            int page, int size) {
        if (!ContributedMeasures.counts(source, filter)) {
            return new Paged<>(List.of(), page, size, 0);
        }
        Paged<FigureRecord> records = source.records(part, period, filter, page, size);
        records.items().stream().map(FigureRecord::childId).filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> accessLog.record(Children.RECORD_TYPE, id, LISTED));
        return records;
    }

    @Override
    public boolean mayListRecords(Filter filter) {
        return access.currentUser().map(user -> user.may(Actions.DASHBOARD_READ) && mayList(user, filter))
                .orElse(false);
    }

    @Override
    public Map<String, String> options(Dimension dimension, String key) {
        viewer();
        if (contributed.find(key).isPresent()) {
            return dimension == Dimension.CATEGORY ? Map.of() : options(dimension, (Measure) null);
        }
        return options(dimension, measure(key));
    }

    private Map<String, String> options(Dimension dimension, Measure measure) {
        return switch (dimension) {
            case TEAM -> journeys.teams(la).stream()
                    .collect(Collectors.toMap(Function.identity(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
            case NEED -> Vocabulary.needs();
            case AGE_BAND -> Vocabulary.ageBands();
            case SETTING -> Vocabulary.settings();
            case CATEGORY -> measure.splitsByCategory() ? categories.of(la, measure.categoryCounter()) : Map.of();
        };
    }

    private List<FigureRecord> describe(Measure measure, List<CountedRecord> rows) {
        Set<String> childIds = rows.stream().map(CountedRecord::childId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, ChildSummary> names = children.summaries(childIds).stream()
                .collect(Collectors.toMap(ChildSummary::id, Function.identity(), (a, b) -> a));
        childIds.forEach(id -> accessLog.record(Children.RECORD_TYPE, id, LISTED));
        Map<Counter, Map<String, String>> categoryLabels = new LinkedHashMap<>();
        Map<String, String> needs = Vocabulary.needs();
        Map<String, String> bands = Vocabulary.ageBands();
        Map<String, String> settings = Vocabulary.settings();
        return rows.stream().map(r -> {
            ChildSummary child = names.get(r.childId());
            String category = Category.NONE.code().equals(r.category()) ? null : r.category();
            String categoryLabel = category == null ? null
                    : categoryLabels.computeIfAbsent(r.counter(), c -> categories.of(la, c)).getOrDefault(category, category);
            return new FigureRecord(r.caseId(), r.childId(), child == null ? null : child.fullName(), r.counter().what(),
                    r.on(), r.until(), r.anchorOn(), r.dueOn(), category, categoryLabel, inNumerator(measure, r),
                    r.cell().team(), needs.get(r.cell().need()), bands.get(r.cell().ageBand()),
                    settings.get(r.cell().setting()), "/cases/" + r.caseId());
        }).toList();
    }

    private static boolean inNumerator(Measure measure, CountedRecord r) {
        return measure.numerator().stream().anyMatch(t -> t.counter() == r.counter()
                && (t.category() == null || t.category().equals(r.category())) && (t.tally() != Tally.HITS || r.hit()));
    }

    /** Aggregates only for viewers who may not see records: a count of 1 to 4 is withheld (decision 0051). */
    private Figure publish(MeasureDefinition measure, Period period, Filter filter, Raw raw, CurrentUser viewer) {
        String key = measure.key();
        if (raw == null) {
            return new Figure(key, period.from(), period.to(), null, null, null, measure.unit(), false, Map.of());
        }
        boolean suppressed = !viewer.may(Actions.CASES_READ)
                && (SmallNumbers.disclosive(raw.numerator()) || SmallNumbers.disclosive(raw.denominator()));
        Map<String, String> links = new LinkedHashMap<>();
        String numerator = recordsLink(key, period, filter, Part.NUMERATOR);
        if (measure.hasDenominator()) {
            links.put("records", recordsLink(key, period, filter, Part.DENOMINATOR));
            links.put("numerator", numerator);
            links.put("denominator", recordsLink(key, period, filter, Part.DENOMINATOR));
        } else {
            links.put("records", numerator);
            links.put("numerator", numerator);
        }
        if (suppressed) {
            return new Figure(key, period.from(), period.to(), null, null, null, measure.unit(), true, links);
        }
        return new Figure(key, period.from(), period.to(), raw.numerator(), raw.denominator(),
                Measure.value(measure.unit(), raw.numerator(), raw.denominator()), measure.unit(), false, links);
    }

    static String recordsLink(String key, Period period, Filter filter, Part part) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/v1/measures/{key}/records")
                .queryParam("from", period.from()).queryParam("to", period.to());
        filter.chosen().forEach((d, v) -> uri.queryParam(d.parameter(), v));
        uri.queryParam("part", part.name().toLowerCase());
        return uri.buildAndExpand(key).encode().toUriString();
    }

    private boolean mayList(CurrentUser user, Filter filter) {
        return user.scopeFor(Actions.CASES_READ).map(scope -> scope.covers(Scope.SERVICE)
                || scope == Scope.TEAM && user.team() != null && user.team().equals(filter.team())).orElse(false);
    }

    private CurrentUser viewer() {
        return access.require(Actions.DASHBOARD_READ, Scope.OWN);
    }

    private Measure measure(String key) {
        return catalogue.find(key).orElseThrow(() -> InvalidInput.of("key", "There is no measure with the key '" + key
                + "'; GET /api/v1/measures lists the measures"));
    }

    private static void check(Filter filter) {
        List<FieldProblem> problems = new ArrayList<>();
        known(problems, Dimension.NEED, filter.need(), Vocabulary.needs());
        known(problems, Dimension.AGE_BAND, filter.ageBand(), Vocabulary.ageBands());
        known(problems, Dimension.SETTING, filter.setting(), Vocabulary.settings());
        if (filter.team() != null && filter.team().length() > MAX_TEAM_LENGTH) {
            problems.add(new FieldProblem("team", "A team name has at most " + MAX_TEAM_LENGTH
                    + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void known(List<FieldProblem> problems, Dimension dimension, String value,
            Map<String, String> values) {
        if (value != null && !values.containsKey(value)) {
            problems.add(new FieldProblem(dimension.parameter(), "'" + value + "' is not a "
                    + dimension.label().toLowerCase() + "; use one of " + String.join(", ", values.keySet())));
        }
    }
}
