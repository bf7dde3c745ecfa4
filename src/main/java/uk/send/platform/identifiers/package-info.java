/**
 * Identifiers used across SEND casework (NHS number, UPN, ULN, school URN, LA code) as value
 * types that cannot hold an invalid value.
 *
 * <p>Pure Java: no Spring, no I/O, so every module may depend on it and it stays testable alone
 * (enforced by {@code IdentifiersArchitectureTest}). Rules follow
 * {@code docs/domain/statutory-rules.md} section 5.
 */
package uk.send.platform.identifiers;
