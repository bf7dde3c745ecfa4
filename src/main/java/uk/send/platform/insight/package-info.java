/**
 * The SEND dashboard: a catalogue of named measures, each figure computed from one definition and traceable to the
 * records behind it (design principle 3, "one version of the truth").
 *
 * <p>The base package is the module's public API: {@link uk.send.platform.insight.Measures} for figures,
 * breakdowns, trends and drill-downs, and the records it returns. Insight keeps its own summaries, fed by the
 * public events of casework; it never reads another module's tables (docs/architecture-insight.md).
 */
package uk.send.platform.insight;
