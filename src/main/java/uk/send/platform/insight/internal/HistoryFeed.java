package uk.send.platform.insight.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import uk.send.platform.casework.AdviceRequested;
import uk.send.platform.casework.AmendedPlanIssued;
import uk.send.platform.casework.CaseClosed;
import uk.send.platform.casework.CaseEventRecorded;
import uk.send.platform.casework.CaseOpened;
import uk.send.platform.casework.DecisionToAssessMade;
import uk.send.platform.casework.FinalPlanIssued;
import uk.send.platform.casework.PhaseTransferScheduled;
import uk.send.platform.casework.PlanCeased;
import uk.send.platform.casework.ReviewDecisionMade;
import uk.send.platform.deadlines.DeadlineChanged;

/**
 * Hands a replayed casework event to the listener method that took it live ({@link CaseworkFeed},
 * {@link CaseworkDeadlines}), and to nothing else: a rebuild of insight does not wake the other modules' listeners.
 * Events insight does not follow are skipped.
 */
@Component
class HistoryFeed {

    private final Map<Class<?>, Consumer<Object>> handlers = new LinkedHashMap<>();

    HistoryFeed(CaseworkFeed feed, CaseworkDeadlines deadlines) {
        handle(CaseOpened.class, feed::on);
        handle(DeadlineChanged.class, deadlines::on);
        handle(CaseEventRecorded.class, feed::on);
        handle(DecisionToAssessMade.class, feed::on);
        handle(FinalPlanIssued.class, feed::on);
        handle(AmendedPlanIssued.class, feed::on);
        handle(PhaseTransferScheduled.class, feed::on);
        handle(ReviewDecisionMade.class, feed::on);
        handle(CaseClosed.class, feed::on);
        handle(PlanCeased.class, feed::on);
        handle(AdviceRequested.class, feed::on);
    }

    void replay(Object event) {
        Consumer<Object> handler = handlers.get(event.getClass());
        if (handler != null) {
            handler.accept(event);
        }
    }

    private <E> void handle(Class<E> type, Consumer<E> handler) {
        handlers.put(type, event -> handler.accept(type.cast(event)));
    }
}
