/**
 * The generic machinery of time limits, for every capability that runs a clock (casework's EHC journey today; health
 * pathways and the improvement programme next): a {@link uk.send.platform.deadlines.DeadlineLedger} opens a limit
 * from a rule of the Local Area's rule book ({@code calendar}), meets it, drops or restores it, supersedes it with
 * the next cycle, and reads it as at any day; {@link uk.send.platform.deadlines.DeadlineChanged} is what an owner
 * publishes when one of its limits changes, so other modules follow the owner's dates instead of computing their own.
 * Pure Java: no tables, no Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines")
package uk.send.platform.deadlines;
