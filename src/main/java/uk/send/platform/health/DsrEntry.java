package uk.send.platform.health;

import java.time.LocalDate;
import java.util.List;

/**
 * One child on the Dynamic Support Register: the lawful basis (consent, or a recorded best-interests decision), the
 * current rating with its history and reasons, when the next review is due (the Local Area's cadence for the
 * rating), the keyworker, the multi-agency reviews with their actions and owners, and the C(E)TRs.
 */
public record DsrEntry(String id, String childId, String childName, String nhsNumber, LocalDate dateOfBirth,
        String lawfulBasis, String consentGivenBy, String bestInterestsDecision, DsrRating rating, LocalDate ratedOn,
        String reason, LocalDate nextReviewOn, String reviewRule, boolean reviewOverdue, String keyworker,
        LocalDate addedOn, List<RatingChange> history, List<Review> reviews, List<Cetr> cetrs, int version) {

    public record RatingChange(DsrRating rating, String reason, LocalDate ratedOn, String recordedBy) {
    }

    public record Review(long id, LocalDate heldOn, String agencies, String summary, List<ReviewAction> actions) {
    }

    public record ReviewAction(long id, String action, String owner, LocalDate dueOn, LocalDate doneOn) {
    }

    public record Cetr(long id, CetrType type, LocalDate heldOn, String recommendations) {
    }

    /** A line of the register as the meeting reads it. */
    public record Line(String id, String childId, String childName, DsrRating rating, LocalDate ratedOn, String reason,
            LocalDate nextReviewOn, boolean reviewOverdue, String keyworker) {
    }

    /** What adding a child to the register takes; {@code consent} or a best-interests decision is required. */
    public record NewEntry(String childId, DsrRating rating, String reason, Boolean consent, String consentGivenBy,
            String bestInterestsDecision, String keyworker, LocalDate ratedOn) {
    }

    /** One action agreed at a review, with its owner. */
    public record NewAction(String action, String owner, LocalDate dueOn) {
    }
}
