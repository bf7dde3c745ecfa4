package uk.send.platform.improvement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The improvement programme's records and inputs, as the API and the pages show them. */
public final class Improvement {

    private Improvement() {
    }

    public enum PlanType {
        WSOA("Written Statement of Action"), PAP("Priority Action Plan");

        private final String label;

        PlanType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum MilestoneStatus {
        NOT_STARTED("Not started", "govuk-tag--grey"), ON_TRACK("On track", "govuk-tag--green"),
        AT_RISK("At risk", "govuk-tag--yellow"), OFF_TRACK("Off track", "govuk-tag--red"),
        COMPLETE("Complete", "govuk-tag--blue");

        private final String label;
        private final String tag;

        MilestoneStatus(String label, String tag) {
            this.label = label;
            this.tag = tag;
        }

        public String label() {
            return label;
        }

        public String tag() {
            return tag;
        }
    }

    /** The lead's overall rating of a priority for the month. */
    public enum Rag {
        GREEN("Green: on track", "govuk-tag--green"), AMBER("Amber: some concerns", "govuk-tag--yellow"),
        RED("Red: off track", "govuk-tag--red");

        private final String label;
        private final String tag;

        Rag(String label, String tag) {
            this.label = label;
            this.tag = tag;
        }

        public String label() {
            return label;
        }

        public String tag() {
            return tag;
        }
    }

    public enum ChangeStatus {
        PENDING("Waiting for the board"), APPROVED("Approved"), REFUSED("Refused");

        private final String label;

        ChangeStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Plan(long id, String type, String typeLabel, String title, Instant createdAt, String createdBy) {
    }

    public record Priority(long id, long planId, String code, String title, String lead, String leadUsername,
            String owningPartner, String concern, String theme, String createdBy) {
    }

    public record Barrier(String barrier, String mitigation) {
    }

    public record MonthlyUpdate(long id, long priorityId, YearMonth month, String rag, String headline, String impact,
            String achieved, List<Barrier> barriers, List<String> nextSteps, Instant updatedAt, String updatedBy) {
    }

    public record Milestone(long id, long priorityId, String code, String title, String owner, LocalDate dueOn,
            String status, String note, int version) {
    }

    public record MilestoneChange(Instant at, String by, String change, String from, String to, String note) {
    }

    public record ChangeRequest(long id, long milestoneId, LocalDate dueOn, String title, String reason, String status,
            Instant requestedAt, String requestedBy, Instant decidedAt, String decidedBy, String decisionReason) {
    }

    /** A milestone with every change and every change request, newest last. */
    public record MilestoneDetail(long id, long priorityId, String code, String title, String owner, LocalDate dueOn,
            String status, String note, int version, List<MilestoneChange> history,
            List<ChangeRequest> changeRequests) {
    }

    /**
     * A measure of a priority: live (measureKey names a dashboard measure; its definition and values come from the
     * dashboard) or manual (values recorded month by month here).
     */
    public record Measure(long id, long priorityId, String title, String measureKey, String unit, BigDecimal baseline,
            YearMonth baselineMonth, BigDecimal target, LocalDate targetOn, String source, boolean higherIsBetter) {

        public boolean live() {
            return measureKey != null;
        }
    }

    /** A measure's value for a month: as at its last day; null with suppressed when the dashboard withholds it. */
    public record MeasurePoint(YearMonth month, BigDecimal value, Long numerator, Long denominator,
            boolean suppressed) {
    }

    public record RiskScore(LocalDate on, Instant at, String by, int consequence, int likelihood, int score,
            String band, String note) {
    }

    public record Risk(long id, String reference, String title, String description, String owner, Long priorityId,
            int consequence, int likelihood, int score, String band, String bandLabel, String bandColour,
            Integer targetConsequence, Integer targetLikelihood, Integer targetScore, String targetBand,
            String controls, String actions, LocalDate reviewedOn, LocalDate nextReviewOn, boolean overdue,
            boolean escalated, LocalDate escalatedOn, int version, List<RiskScore> history) {
    }

    // Inputs (JSON bodies and page forms)

    public record NewPlan(String type, String title) {
    }

    public record NewPriority(String code, String title, String lead, String leadUsername, String owningPartner,
            String concern, String theme) {
    }

    public record NewMilestone(String code, String title, String owner, LocalDate dueOn) {
    }

    /** A change to a milestone: status and progress text; a new dueOn or title here is refused (change control). */
    public record MilestoneUpdate(String status, String title, String note, String text, LocalDate dueOn,
            String owner) {
    }

    public record NewChangeRequest(LocalDate dueOn, String title, String reason) {
    }

    public record Decision(String decision, String reason) {
    }

    public record UpdateInput(String month, String rag, String headline, String impact, String achieved,
            List<Barrier> barriers, List<String> nextSteps) {
    }

    public record MeasureInput(String title, String measureKey, String unit, BigDecimal baseline, String baselineMonth,
            BigDecimal target, LocalDate targetOn, String source, Boolean higherIsBetter) {
    }

    public record MeasureValueInput(String month, BigDecimal value) {
    }

    public record RiskInput(String title, String description, String owner, Long priorityId, Integer consequence,
            Integer likelihood, Integer targetConsequence, Integer targetLikelihood, String controls, String actions,
            LocalDate reviewedOn, String note) {
    }
}
