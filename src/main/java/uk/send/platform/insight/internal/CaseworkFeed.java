package uk.send.platform.insight.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.send.platform.casework.AdviceRequested;
import uk.send.platform.casework.AmendedPlanIssued;
import uk.send.platform.casework.CaseClosed;
import uk.send.platform.casework.CaseEventRecorded;
import uk.send.platform.casework.CaseOpened;
import uk.send.platform.casework.CaseReassigned;
import uk.send.platform.casework.DecisionToAssessMade;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.FinalPlanIssued;
import uk.send.platform.casework.PhaseTransferScheduled;
import uk.send.platform.casework.PlanCeased;
import uk.send.platform.casework.ReviewDecisionMade;
import uk.send.platform.casework.SenNeed;
import uk.send.platform.casework.Stage;
import uk.send.platform.children.ChildSummary;
import uk.send.platform.children.Children;
import uk.send.platform.deadlines.DeadlineStatus;

/**
 * A projection, not a reaction ({@code @EventListener}, in the case event's transaction): a figure that disagreed
 * with the case history would be wrong, so it is written with the event or not at all.
 * <p>
 * Turns casework's published events into journey facts, in the transaction that recorded them: a figure changes
 * with the event that changes it, or not at all (decision 0050). Due dates and on-time judgements are those the
 * events carry from casework's deadlines; {@link CaseworkDeadlines} follows the deadlines themselves. The child's date of birth and setting come from the
 * children module's published summary when the journey opens.
 */
@Component
class CaseworkFeed {

    private final JourneyFacts facts;
    private final Children children;
    private final Clock clock;

    CaseworkFeed(JourneyFacts facts, Children children, Clock clock) {
        this.facts = facts;
        this.children = children;
        this.clock = clock;
    }

    @EventListener
    void on(CaseOpened e) {
        ChildSummary child = children.summary(e.childId()).orElse(null);
        String team = e.team() == null || e.team().isBlank() ? Journey.NO_TEAM : e.team();
        facts.opened(new Journey(e.caseId(), e.childId(), team, PrimaryNeed.NOT_RECORDED.name(),
                Vocabulary.setting(child == null ? null : child.settingType()), child == null ? null : child.dateOfBirth(),
                e.requestReceivedOn(), JourneyPhase.BEFORE_PLAN, false, null, null),
                new Category(e.requestSource().name(), e.requestSource().label()));
    }

    /** Every event carries the stage it left the journey in; a few also mean something to the figures. */
    @EventListener
    void on(CaseEventRecorded e) {
        if (e.type() == EventType.TRANSFERRED_IN) {
            facts.transferredIn(e.caseId());
        }
        facts.movedTo(e.caseId(), e.on(), phase(e.stage()));
    }

    @EventListener
    void on(DecisionToAssessMade e) {
        facts.decidedWhetherToAssess(e.caseId(), e.decidedOn(), e.toAssess(), e.dueOn(),
                e.dueStatus() == DeadlineStatus.MET);
    }

    @EventListener
    void on(FinalPlanIssued e) {
        needNamed(e.caseId(), e.primaryNeed(), e.issuedOn());
        facts.finalPlanIssued(e.caseId(), e.issuedOn(), e.exceptionApplies(),
                new Limit(e.requestReceivedOn(), e.dueOn(), e.within20Weeks()));
    }

    /** An amended plan may change the primary need. */
    @EventListener
    void on(AmendedPlanIssued e) {
        needNamed(e.caseId(), e.primaryNeed(), e.issuedOn());
    }

    /** Casework's reg 18 deadline for the kind of transfer dates the record. */
    @EventListener
    void on(PhaseTransferScheduled e) {
        facts.phaseTransferScheduled(e.caseId(), e.scheduledOn(), "phase-transfer:" + e.kind() + ":" + e.transferOn(),
                Limit.unmet(e.transferOn(), e.reviewDueOn()), new Category(e.kind().name(), e.kind().label()));
    }

    @EventListener
    void on(ReviewDecisionMade e) {
        facts.reviewDecided(e.caseId(), e.meetingOn(), e.decidedOn(),
                new Category(e.outcome().name(), e.outcome().label()),
                new Limit(e.meetingOn(), e.dueOn(), e.dueStatus() == DeadlineStatus.MET));
    }

    @EventListener
    void on(CaseClosed e) {
        facts.adviceWithdrawn(e.caseId(), e.closedOn());
    }

    @EventListener
    void on(PlanCeased e) {
        facts.planCeased(e.caseId(), e.ceasedOn(), new Category(e.reason().name(), e.reason().label()));
    }

    @EventListener
    void on(AdviceRequested e) {
        facts.adviceRequested(e.caseId(), e.adviceId(), new Category(e.service().name(), e.service().label()),
                Limit.unmet(e.requestedOn(), e.dueOn()));
    }

    /** A reassignment has no date of its own: the case's standing records move from today. */
    @EventListener
    void on(CaseReassigned e) {
        facts.reassigned(e.caseId(), e.team() == null || e.team().isBlank() ? Journey.NO_TEAM : e.team(),
                LocalDate.now(clock));
    }

    private void needNamed(String caseId, SenNeed need, LocalDate on) {
        if (need != null) {
            facts.needRecorded(caseId, PrimaryNeed.valueOf(need.name()).name(), on);
        }
    }

    static JourneyPhase phase(Stage stage) {
        if (stage.beforePlan()) {
            return JourneyPhase.BEFORE_PLAN;
        }
        if (stage.planInForce()) {
            return JourneyPhase.PLAN_IN_FORCE;
        }
        return stage.closed() ? JourneyPhase.CLOSED : JourneyPhase.WITHOUT_PLAN;
    }
}
