/**
 * Health pathways (issue 14): looked-after children's initial health assessments on their statutory clock (Care
 * Planning, Placement and Case Review (England) Regulations 2010 reg 33(1), 20 working days, run in a
 * {@code deadlines.DeadlineLedger}), and the Dynamic Support Register of children with a learning disability and/or
 * autism at risk of admission (NHS England DSR and C(E)TR policy, 2023), readable only by health, social care and
 * named agencies, every read logged.
 *
 * <p>The base package is the module's public API: {@link uk.send.platform.health.LookedAfterHealth} and
 * {@link uk.send.platform.health.DynamicSupportRegister}. Pages under {@code /health}, JSON under
 * {@code /api/v1/health}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health")
package uk.send.platform.health;
