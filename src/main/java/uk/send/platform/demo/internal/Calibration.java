package uk.send.platform.demo.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Proportions from the DfE "Education, health and care plans" 2025 release for Somerset (LA 933, January 2025,
 * 5,725 plans): ages, sex, ethnicity. Shipped as numbers so the generator needs no files at run time.
 */
final class Calibration {

    /** Plans by age of the child or young person (caseload.csv, "Child or young persons age"). */
    static final Map<Integer, Integer> AGE = ordered(new int[][] {
            {2, 1}, {3, 14}, {4, 171}, {5, 242}, {6, 232}, {7, 304}, {8, 304}, {9, 341}, {10, 345}, {11, 397},
            {12, 419}, {13, 399}, {14, 436}, {15, 421}, {16, 442}, {17, 354}, {18, 296}, {19, 207}, {20, 145},
            {21, 105}, {22, 76}, {23, 31}, {24, 31}});

    /** Plans by ethnicity mapped to CBDS codes (caseload.csv, "Ethnicity"); unclassified split refused/not obtained. */
    static final Map<String, Integer> ETHNICITY = Map.ofEntries(Map.entry("WBRI", 4751), Map.entry("WOTH", 195),
            Map.entry("WROM", 40), Map.entry("WIRI", 5), Map.entry("WIRT", 9), Map.entry("MOTH", 65),
            Map.entry("MWAS", 32), Map.entry("MWBA", 27), Map.entry("MWBC", 31), Map.entry("AOTH", 41),
            Map.entry("ABAN", 6), Map.entry("CHNE", 9), Map.entry("AIND", 13), Map.entry("APKN", 3),
            Map.entry("BOTH", 7), Map.entry("BAFR", 14), Map.entry("BCRB", 2), Map.entry("OOTH", 12),
            Map.entry("NOBT", 300), Map.entry("REFU", 163));

    /** Share of plans for boys and young men: 3,976 of 5,725. */
    static final double MALE = 3976.0 / 5725.0;

    /** Roughly 1 in 12 children with plans is looked after (DfE children looked after with EHC plans). */
    static final double LOOKED_AFTER = 0.08;

    private Calibration() {
    }

    static <T> T pick(Random random, Map<T, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        for (var e : new java.util.TreeMap<>(weights).entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("weights exhausted");
    }

    private static Map<Integer, Integer> ordered(int[][] pairs) {
        Map<Integer, Integer> map = new LinkedHashMap<>();
        for (int[] p : pairs) {
            map.put(p[0], p[1]);
        }
        return map;
    }
}
