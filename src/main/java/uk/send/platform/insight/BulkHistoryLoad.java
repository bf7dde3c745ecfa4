package uk.send.platform.insight;

/**
 * A large load of past EHC journeys (the synthetic Local Area, a migration from another system). While the load
 * runs on the calling thread, insight still writes every counted record as the journeys' events arrive, but leaves
 * the dashboard's month-by-dimension totals alone; when the load ends it computes them once from the records. The
 * figures are the same as if each event had been counted on its own (a test holds the two ways equal), at a
 * fraction of the writes.
 */
public interface BulkHistoryLoad {

    /** Runs the load, then brings the dashboard's totals up to date with what it wrote. */
    void run(Runnable load);
}
