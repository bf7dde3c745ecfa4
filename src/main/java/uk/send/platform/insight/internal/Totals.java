package uk.send.platform.insight.internal;

/** What a set of records adds up to: how many, how many counted above the line, and the sum of their amounts. */
record Totals(long records, long hits, long amount) {

    static final Totals ZERO = new Totals(0, 0, 0);

    Totals plus(Totals other) {
        return new Totals(records + other.records, hits + other.hits, amount + other.amount);
    }

    Totals minus(Totals other) {
        return new Totals(records - other.records, hits - other.hits, amount - other.amount);
    }
}
