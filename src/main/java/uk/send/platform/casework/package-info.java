/**
 * The EHC journey: one case per journey, from the request to a final plan, its reviews and amendments, to the
 * plan ceasing or the journey closing. The case history is append-only; the stage and every statutory deadline
 * are derived from it by replaying the events through a guarded journey (docs/architecture-casework.md).
 *
 * <p>The base package is the module's public API: {@link uk.send.platform.casework.Cases} for commands and
 * reads, records for what it returns, and past-tense application events ({@code FinalPlanIssued},
 * {@code AdviceRequested}, ...) for modules that react to what happened. Everything else is internal.
 */
package uk.send.platform.casework;
