package uk.send.platform.health.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.children.ChildSummary;
import uk.send.platform.children.Children;
import uk.send.platform.insight.FigureRecord;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.MeasureDefinition;
import uk.send.platform.insight.MeasureSource;
import uk.send.platform.insight.Part;
import uk.send.platform.insight.Period;
import uk.send.platform.insight.Unit;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.Paged;

/**
 * The health pathways' figures in the dashboard's catalogue (insight's MeasureSource): each counted here, once, from
 * health's own records. Insight checks who may read them, withholds small numbers and logs reads of the records.
 */
@Configuration
class HealthMeasures {

    static final String IHA_KEY = "initial-health-assessments-within-20-working-days";
    static final String DSR_KEY = "dsr-red-or-amber";
    static final String AHC_KEY = "annual-health-checks-14-plus-learning-disability";

    @Bean
    MeasureSource initialHealthAssessmentsMeasure(LookedAfterRecords records, Children children, HealthClock clock,
            AccessControl access, LocalArea localArea) {
        String la = localArea.code();
        return new MeasureSource() {
            @Override
            public MeasureDefinition definition() {
                return new MeasureDefinition(IHA_KEY, "Initial health assessments within 20 working days",
                        "Of the initial health assessments for children looked after that fell due in the period, "
                                + "the share done by their due date: 20 working days after the child became looked "
                                + "after (Care Planning, Placement and Case Review (England) Regulations 2010 reg "
                                + "33(1)). Assessments not yet due and not yet done are left out until they are.",
                        "assessments done by their due date",
                        "assessments due in the period, done or overdue",
                        "Health: looked-after children's initial health assessments", 1, Unit.PERCENT, false,
                        true, null, List.of());
            }

            @Override
            public Count count(Period period, Filter filter) {
                long[] c = records.dueBetween(la, period.from(), period.to(), clock.today());
                return Count.of(c[1], c[0]);
            }

            @Override
            public Paged<FigureRecord> records(Part part, Period period, Filter filter, int page, int size) {
                // The children behind the figure are health records: only health and social care list them.
                if (!access.currentUser().map(u -> u.may(Actions.HEALTH_READ)).orElse(false)) {
                    return new Paged<>(List.of(), page, size, 0);
                }
                boolean onTime = part == Part.NUMERATOR;
                List<LookedAfterRecords.Row> rows = records.dueBetweenPage(la, period.from(), period.to(),
                        clock.today(), onTime, page, size);
                Map<String, ChildSummary> named = children.summaries(rows.stream()
                        .map(LookedAfterRecords.Row::childId).distinct().toList()).stream()
                        .collect(Collectors.toMap(ChildSummary::id, Function.identity()));
                long total = onTime ? records.dueBetween(la, period.from(), period.to(), clock.today())[1]
                        : records.dueBetween(la, period.from(), period.to(), clock.today())[0];
                return new Paged<>(rows.stream().map(r -> {
                    ChildSummary c = named.get(r.childId());
                    boolean met = r.assessedOn() != null && !r.assessedOn().isAfter(r.dueOn());
                    return new FigureRecord(r.id(), r.childId(), c == null ? null : c.fullName(),
                            "Initial health assessment", r.assessedOn() == null ? r.dueOn() : r.assessedOn(), null,
                            r.startedOn(), r.dueOn(), null, null, met, null, null, null, null,
                            "/health/looked-after/" + r.id());
                }).toList(), page, size, total);
            }
        };
    }

    @Bean
    MeasureSource annualHealthChecksMeasure(HealthCheckRecords records, LocalArea localArea) {
        String la = localArea.code();
        return new MeasureSource() {
            @Override
            public MeasureDefinition definition() {
                return new MeasureDefinition(AHC_KEY, "Annual health checks, aged 14+ with a learning disability",
                        "Annual health checks GP practices report in the period's months, over the people aged 14 and "
                                + "over on their learning disability registers at each practice's latest month in the "
                                + "period (NHS England Learning Disabilities Health Check Scheme; target 75% over a "
                                + "financial year). Counts per practice: no child is named.",
                        "annual health checks done", "people aged 14+ on GP learning disability registers",
                        "Health: GP practices' monthly counts, imported as CSV", 1, Unit.PERCENT, false, true, null,
                        List.of());
            }

            @Override
            public Count count(Period period, Filter filter) {
                long[] u = records.uptake(la, period.from().withDayOfMonth(1), period.to());
                return Count.of(u[0], u[1]);
            }
        };
    }

    @Bean
    MeasureSource dynamicSupportRegisterMeasure(DsrRecords records, LocalArea localArea) {
        String la = localArea.code();
        return new MeasureSource() {
            @Override
            public MeasureDefinition definition() {
                return new MeasureDefinition(DSR_KEY, "Dynamic Support Register: rated red or amber",
                        "Of the children and young people on the Dynamic Support Register on the last day of the "
                                + "period, the share rated red or amber then: at high risk of admission to a mental "
                                + "health hospital now or soon (NHS England DSR and C(E)TR policy, 2023). Counts only; "
                                + "the register itself is read by health, social care and named agencies.",
                        "children rated red or amber", "children on the register",
                        "Health: the Dynamic Support Register and its rating history", 1, Unit.PERCENT, true, null,
                        null, List.of());
            }

            @Override
            public Count count(Period period, Filter filter) {
                LocalDate end = period.to();
                long[] c = records.redOrAmberOn(la, end);
                return Count.of(c[1], c[0]);
            }
        };
    }
}
