package uk.send.platform.insight.internal;

import uk.send.platform.casework.CaseDeadlineKeys;
import static uk.send.platform.calendar.RuleKeys.ANNUAL_REVIEW;
import static uk.send.platform.calendar.RuleKeys.FINAL_PLAN;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.send.platform.deadlines.DeadlineChanged;
import uk.send.platform.deadlines.DeadlineState;
import uk.send.platform.deadlines.DeadlineStatus;

/**
 * Follows the deadlines casework owns (decision 0050): it publishes every change to a journey's limits, before its
 * own event about the same change and in the same transaction. The limits some figures stand on are followed here,
 * by casework's keys (api-contract.md): the 20 weeks to a first plan (assessments overdue), the annual review
 * (reviews overdue), advice (returned in time) and the phase transfer review (done by its deadline).
 */
@Component
class CaseworkDeadlines {

    private final JourneyFacts facts;

    CaseworkDeadlines(JourneyFacts facts) {
        this.facts = facts;
    }

    @EventListener
    void on(DeadlineChanged e) {
        if (!CaseDeadlineKeys.ofCase(e)) {
            return;
        }
        String key = e.key();
        if (FINAL_PLAN.equals(key)) {
            planLimit(e);
        } else if (ANNUAL_REVIEW.equals(key)) {
            reviewLimit(e);
        } else if (CaseDeadlineKeys.PHASE_TRANSFER.equals(key) && e.met()) {
            facts.phaseTransferReviewed(e.ownerId(), inTime(e.after()));
        } else if (CaseDeadlineKeys.isAdvice(key) && e.met()) {
            facts.adviceReceived(e.ownerId(), CaseDeadlineKeys.adviceId(key), e.after().metOn(),
                    limit(e.after()));
        }
    }

    private void planLimit(DeadlineChanged e) {
        if (e.opened() || e.restored()) {
            facts.planLimitRunning(e.ownerId(), e.changedOn(), limit(e.after()));
        } else if (e.met() || e.dropped()) {
            facts.planLimitStopped(e.ownerId(), e.changedOn());
        }
    }

    private void reviewLimit(DeadlineChanged e) {
        if (e.met() || e.dropped()) {
            facts.reviewLimitStopped(e.ownerId(), e.changedOn(), e.after().dueOn());
        }
        if (e.opened()) {
            facts.reviewLimitRunning(e.ownerId(), e.changedOn(), limit(e.after()));
        }
    }

    private static Limit limit(DeadlineState d) {
        return new Limit(d.anchorOn(), d.dueOn(), inTime(d));
    }

    private static boolean inTime(DeadlineState d) {
        return d.status() == DeadlineStatus.MET;
    }
}
