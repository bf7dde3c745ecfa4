package uk.send.platform.casework.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.send.platform.calendar.RuleBook;
import uk.send.platform.casework.CaseDeadline;
import uk.send.platform.casework.CaseView;
import uk.send.platform.deadlines.DeadlineKind;
import uk.send.platform.children.ChildSummary;

/** Builds the case as the page and the API show it, by replaying its history as of today. */
final class CaseViews {

    private CaseViews() {
    }

    static CaseView assemble(CaseHeader h, List<CaseEvent> events, ChildSummary child, RuleBook rules,
            LocalDate today) {
        EhcJourney j = EhcJourney.replay(h.requestReceivedOn(), rules, events);
        List<CaseDeadline> all = Timeliness.deadlines(j, today).stream()
                .sorted(Comparator.comparing(CaseDeadline::dueOn).thenComparing(CaseDeadline::key)).toList();
        // Local targets (decision 0002) are not statutory deadlines, so the contract's list leaves them out.
        List<CaseDeadline> deadlines = all.stream().filter(d -> d.kind() != DeadlineKind.TARGET).toList();
        List<CaseDeadline> targets = all.stream().filter(d -> d.kind() == DeadlineKind.TARGET).toList();
        return new CaseView(h.id(), h.childId(), child, h.requestReceivedOn(), h.requestSource(), j.stage,
                j.stage.label(), h.caseworker(), h.team(), h.version(), deadlines, targets, Timeliness.within20Weeks(j),
                Timeliness.exceptionApplies(j), j.finalPlanOn, j.primaryNeed, j.secondaryNeed, List.copyOf(j.advice.values()),
                List.copyOf(j.consultations.values()), List.copyOf(j.exceptions), List.copyOf(j.warnings),
                j.allowedNext(), events.stream().map(EventDescriptions::entry).toList(), h.openedAt());
    }
}
