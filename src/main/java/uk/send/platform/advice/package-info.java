/**
 * Advice from partner services during an EHC needs assessment: each request the casework module makes (reg 6(1))
 * is routed to a partner service, answered by its advice providers on a structured form within 6 weeks
 * (reg 8(1), exceptions in reg 8(2)), chased by reminders, and reported monthly per service.
 *
 * <p>The base package is the module's public API: {@link uk.send.platform.advice.AdviceHistories} for loading
 * histories (the synthetic Local Area, which lives in the demo module). Every due date comes from casework's events;
 * the dashboard's measure {@code advice-within-6-weeks} is counted by insight alone, and the performance page shows
 * insight's figure (decision 0071).
 * Everything else is internal. Pages: {@code /advice} (the provider's tray), {@code /advice/requests/{id}}
 * (a request; read-only for caseworkers), {@code /advice/cases/{caseId}/advice/{adviceId}} (the link a case page
 * uses), {@code /advice/performance}, {@code /advice/reports}.
 */
package uk.send.platform.advice;
