package uk.send.platform.feedback.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.send.platform.children.ChildSummary;
import uk.send.platform.children.Children;
import uk.send.platform.feedback.FeedbackResults;
import uk.send.platform.feedback.KeyPoint;
import uk.send.platform.insight.Dimension;
import uk.send.platform.insight.FigureRecord;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.MeasureDefinition;
import uk.send.platform.insight.MeasureSource;
import uk.send.platform.insight.Part;
import uk.send.platform.insight.Period;
import uk.send.platform.insight.Unit;
import uk.send.platform.kernel.Paged;

/**
 * Families' voice in the dashboard's catalogue (insight's MeasureSource): the share of families who felt listened to,
 * and survey response rates overall and by key point, each breakable by team. Counted here, once, from this module's
 * records (decision 0136). Who answered what is never listed: the listened-to figure has no drill-down.
 */
@Configuration
class SurveyMeasures {

    static final String SOURCE = "Families' surveys at key points of the EHC journey (one-time links)";

    @Bean
    MeasureSource familiesListenedTo(FeedbackResults results) {
        return new ListenedTo(results);
    }

    @Bean
    MeasureSource familySurveyResponseRate(FeedbackResults results, Children children) {
        return new ResponseRate(results, children, null);
    }

    @Bean
    MeasureSource familySurveyResponseRateAfterDecisionToAssess(FeedbackResults results, Children children) {
        return new ResponseRate(results, children, KeyPoint.AFTER_DECISION_TO_ASSESS);
    }

    @Bean
    MeasureSource familySurveyResponseRateAfterFinalPlan(FeedbackResults results, Children children) {
        return new ResponseRate(results, children, KeyPoint.AFTER_FINAL_PLAN);
    }

    @Bean
    MeasureSource familySurveyResponseRateAfterAnnualReview(FeedbackResults results, Children children) {
        return new ResponseRate(results, children, KeyPoint.AFTER_ANNUAL_REVIEW);
    }

    static final class ListenedTo implements MeasureSource {

        private final FeedbackResults results;

        ListenedTo(FeedbackResults results) {
            this.results = results;
        }

        @Override
        public MeasureDefinition definition() {
            return new MeasureDefinition("families-listened-to", "Families who felt listened to",
                    "Of the families who answered a key-point survey in the period, the share who agreed or strongly "
                            + "agreed that the SEND team listened to what they told them.",
                    "answers of agree or strongly agree", "answers to \"The SEND team listened to what we told them\"",
                    SOURCE, 1, Unit.PERCENT, false, true, null, List.of(Dimension.TEAM));
        }

        @Override
        public Count count(Period period, Filter filter) {
            long[] counts = results.listenedCount(period.from(), period.to(), filter.team());
            return Count.of(counts[1], counts[0]);
        }
    }

    static final class ResponseRate implements MeasureSource {

        private final FeedbackResults results;
        private final Children children;
        private final KeyPoint keyPoint;

        ResponseRate(FeedbackResults results, Children children, KeyPoint keyPoint) {
            this.results = results;
            this.children = children;
            this.keyPoint = keyPoint;
        }

        @Override
        public MeasureDefinition definition() {
            String key = "family-survey-response-rate" + (keyPoint == null ? ""
                    : "-" + keyPoint.name().toLowerCase().replace('_', '-'));
            String title = "Family survey response rate" + (keyPoint == null ? ""
                    : ": " + keyPoint.label().toLowerCase());
            return new MeasureDefinition(key, title,
                    "Of the surveys sent to families in the period" + (keyPoint == null ? " at any key point"
                            : " " + keyPoint.label().toLowerCase()) + ", the share they answered (an anonymous "
                            + "answer counts; what it said stays apart from the case).",
                    "surveys answered", "surveys sent", SOURCE, 1, Unit.PERCENT, false, true, null,
                    List.of(Dimension.TEAM));
        }

        @Override
        public Count count(Period period, Filter filter) {
            long[] counts = results.responseCount(period.from(), period.to(), keyPoint, filter.team());
            return Count.of(counts[1], counts[0]);
        }

        @Override
        public Paged<FigureRecord> records(Part part, Period period, Filter filter, int page, int size) {
            var rows = results.responseRecords(period.from(), period.to(), keyPoint, filter.team(),
                    part == Part.NUMERATOR, page, size);
            Map<String, ChildSummary> names = children.summaries(rows.items().stream()
                    .map(FeedbackResults.InvitationRecord::childId).distinct().toList()).stream()
                    .collect(Collectors.toMap(ChildSummary::id, c -> c));
            List<FigureRecord> records = rows.items().stream().map(r -> {
                ChildSummary child = names.get(r.childId());
                String name = child == null ? "" : child.givenName() + " " + child.familyName();
                return new FigureRecord(r.caseId(), r.childId(), name, r.keyPoint().label() + " survey",
                        r.invitedOn(), null, null, null, null, null, r.answered(), r.team(), null, null, null,
                        "/surveys/cases/" + r.caseId());
            }).toList();
            return new Paged<>(records, rows.page(), rows.size(), rows.total());
        }
    }
}
