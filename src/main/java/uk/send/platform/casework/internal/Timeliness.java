package uk.send.platform.casework.internal;

import uk.send.platform.deadlines.TrackedDeadline;
import static uk.send.platform.calendar.RuleKeys.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import uk.send.platform.casework.CaseDeadline;
import uk.send.platform.deadlines.DeadlineStatus;
import uk.send.platform.casework.ExceptionEpisode;

/**
 * How a journey stands against its clocks: each deadline's status, the 20-week result (SEN2 Week20, measures) and
 * whether an exception applied. Exceptions flag a deadline; they never move it (design principle 1).
 */
final class Timeliness {

    private Timeliness() {
    }

    static List<CaseDeadline> deadlines(EhcJourney journey, LocalDate today) {
        return journey.obligations.visible().stream().map(o -> view(journey, o, today)).toList();
    }

    static CaseDeadline view(EhcJourney journey, TrackedDeadline o, LocalDate today) {
        DeadlineStatus status = DeadlineStatus.of(o.kind(), o.dueOn(), o.metOn(), today);
        boolean overdue = status == DeadlineStatus.MISSED && o.unmet();
        return new CaseDeadline(o.key(), o.dueOn(), o.deadline().rule().citation(), o.metOn(), status,
                o.deadline().rule().title(), o.deadline().anchor(), o.deadline().explanation(), o.kind(), overdue,
                exceptionApplies(journey, o));
    }

    /** Null until a final plan is issued; then whether it was issued within 20 weeks of the request (reg 13(2)). */
    static Boolean within20Weeks(EhcJourney journey) {
        if (journey.finalPlanOn == null || journey.transferredIn) {
            return null;
        }
        return !journey.finalPlanOn.isAfter(twentyWeeksEnd(journey));
    }

    /** An episode overlapped the 20 weeks from the request (api-contract.md, SEN2 Week20). */
    static boolean exceptionApplies(EhcJourney journey) {
        return !journey.transferredIn && caseEpisodes(journey)
                .anyMatch(ep -> ep.overlaps(journey.requestReceivedOn, twentyWeeksEnd(journey)));
    }

    /** Whether an exception episode overlapped the limit, for the limits the regulations let it excuse (CaseLimit). */
    static boolean exceptionApplies(EhcJourney journey, TrackedDeadline o) {
        LocalDate from = o.deadline().anchor();
        LocalDate to = o.dueOn();
        return switch (CaseLimit.of(o.key()).map(CaseLimit::excuse).orElse(CaseLimit.Excuse.NONE)) {
            case CASE_GROUNDS -> caseEpisodes(journey).anyMatch(ep -> ep.overlaps(from, to));
            case ADVICE_GROUNDS -> {
                String adviceId = o.key().substring(AssessmentSteps.ADVICE_PREFIX.length());
                yield journey.exceptions.stream()
                        .filter(ep -> adviceId.equals(ep.adviceId()) || ep.adviceId() == null && ep.ground().excusesAdvice())
                        .anyMatch(ep -> ep.overlaps(from, to));
            }
            case NONE -> false;
        };
    }

    private static LocalDate twentyWeeksEnd(EhcJourney journey) {
        return journey.obligations.rules().deadline(FINAL_PLAN, journey.requestReceivedOn).dueOn();
    }

    private static Stream<ExceptionEpisode> caseEpisodes(EhcJourney journey) {
        return journey.exceptions.stream().filter(ep -> ep.adviceId() == null);
    }
}
