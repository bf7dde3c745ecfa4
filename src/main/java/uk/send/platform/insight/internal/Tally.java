package uk.send.platform.insight.internal;

/** Which total of a counter's records a term reads: how many, how many above the line, or the sum of amounts. */
enum Tally {
    RECORDS, HITS, AMOUNT;

    long of(Totals totals) {
        return switch (this) {
            case RECORDS -> totals.records();
            case HITS -> totals.hits();
            case AMOUNT -> totals.amount();
        };
    }
}
