/**
 * The improvement programme: a Written Statement of Action or Priority Action Plan with its priorities, their
 * monthly updates (headline, impact, achieved, barriers with mitigations, next steps), milestones under change
 * control, measures (live from the dashboard through insight's {@link uk.send.platform.insight.Measures} or manual
 * series), the joint risk register scored consequence x likelihood, and the monthly board report.
 *
 * <p>The base package is the module's public API: {@link uk.send.platform.improvement.ImprovementProgramme},
 * {@link uk.send.platform.improvement.RiskRegister}, {@link uk.send.platform.improvement.BoardReports} and the pure
 * {@link uk.send.platform.improvement.RiskMatrix}. Pages live under {@code /improvement}, the API under
 * {@code /api/v1/improvement} and {@code /api/v1/risks}.
 */
package uk.send.platform.improvement;
