package uk.send.platform.insight.internal;

/**
 * Where a journey stands, as far as the figures care: on the way to a first plan (the 20-week clock runs), ended
 * without a plan but open to mediation and appeal, with a plan in force, or closed for good.
 */
enum JourneyPhase {
    BEFORE_PLAN, WITHOUT_PLAN, PLAN_IN_FORCE, CLOSED
}
