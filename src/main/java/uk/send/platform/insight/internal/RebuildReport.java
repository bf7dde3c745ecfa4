package uk.send.platform.insight.internal;

import java.time.Instant;

/** What a rebuild of the dashboard's summaries did: journeys and events replayed, records counted, when. */
record RebuildReport(long journeys, long events, long records, Instant startedAt, Instant finishedAt) {
}
