package uk.send.platform.insight.internal;

/**
 * Statistical disclosure control for viewers who see aggregates only (decision 0051): a count from 1 to 4 could
 * identify a child, so the figure is shown as "fewer than 5". Zero reveals no one and is shown.
 */
final class SmallNumbers {

    static final int THRESHOLD = 5;

    private SmallNumbers() {
    }

    static boolean disclosive(Long count) {
        return count != null && count > 0 && count < THRESHOLD;
    }
}
