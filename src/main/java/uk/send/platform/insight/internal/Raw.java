package uk.send.platform.insight.internal;

/** A figure before it is published: its numerator and, for a ratio or an average, its denominator. */
record Raw(long numerator, Long denominator) {
}
