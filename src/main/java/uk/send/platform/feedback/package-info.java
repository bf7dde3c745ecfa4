/**
 * Families' voice: short surveys at key points of the EHC journey (after the decision whether to assess, after the
 * final plan, after an annual review decision), sent by a one-time link that needs no account, automatically after
 * casework's events or by a caseworker by hand; the results (response rates, "listened to"), staff-tagged themes of
 * what families wrote and the "You said, we did" log (docs/architecture-feedback.md, decisions 0130-0136).
 *
 * <p>The base package is the module's public API: {@link uk.send.platform.feedback.FamilyFeedback} for invitations
 * and responses, {@link uk.send.platform.feedback.SurveyDefinitions} for the versioned surveys and the key points'
 * settings, {@link uk.send.platform.feedback.FeedbackResults} for results, themes and the log.
 */
package uk.send.platform.feedback;
