package uk.send.platform.insight.internal;

/**
 * One part of a numerator or denominator: a tally of a counter's records, in one category or all. A flow term counts
 * records dated in the period; a stock term counts the records standing on the period's last day.
 */
record Term(Counter counter, Tally tally, String category) {

    static Term records(Counter counter) {
        return new Term(counter, Tally.RECORDS, null);
    }

    static Term hits(Counter counter) {
        return new Term(counter, Tally.HITS, null);
    }

    static Term amount(Counter counter) {
        return new Term(counter, Tally.AMOUNT, null);
    }

    Term in(Category category) {
        return new Term(counter, tally, category.code());
    }

    Term inCategory(String code) {
        return new Term(counter, tally, code);
    }
}
