package uk.send.platform.insight.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Recent reads of the cube, so that the dashboard's 26 figures and their trend lines are not read again from the
 * database by every viewer. A read is kept until the cube changes: on this application node at once (every
 * committed change moves the generation on), and on another node, which cannot see that, within {@link #MAX_AGE}
 * (decision 0061). A transaction that has changed the cube itself never reads from here.
 */
final class CubeReads {

    static final Duration MAX_AGE = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 20_000;

    record Key(String la, Slice slice, LocalDate fromMonth, LocalDate toMonth) {
    }

    private record Entry(long generation, long readAt, Map<String, TreeMap<LocalDate, Totals>> totals) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    Map<String, TreeMap<LocalDate, Totals>> get(Key key, Supplier<Map<String, TreeMap<LocalDate, Totals>>> read) {
        long current = generation.get();
        long now = System.nanoTime();
        Entry kept = entries.get(key);
        if (kept != null && kept.generation() == current && now - kept.readAt() < MAX_AGE.toNanos()) {
            return kept.totals();
        }
        Map<String, TreeMap<LocalDate, Totals>> totals = frozen(read.get());
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(current, now, totals));
        return totals;
    }

    /** The cube has changed (a transaction that wrote to it committed): every kept read is out of date. */
    void changed() {
        generation.incrementAndGet();
    }

    private static Map<String, TreeMap<LocalDate, Totals>> frozen(Map<String, TreeMap<LocalDate, Totals>> totals) {
        Map<String, TreeMap<LocalDate, Totals>> copy = new LinkedHashMap<>();
        totals.forEach((group, months) -> copy.put(group, new TreeMap<>(months)));
        return Collections.unmodifiableMap(copy);
    }
}
