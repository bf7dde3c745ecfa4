package uk.send.platform.insight.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cube changes of one transaction, summed per cell and written by {@link Cube#write} just before it commits.
 * One event touches the same cells several times (a record opened, another closed) and an import of many journeys
 * touches the same cells thousands of times; summing first turns those into one write per cell. If the transaction
 * rolls back, nothing is written, exactly as if each change had been written and rolled back.
 */
final class CubeChanges implements TransactionSynchronization {

    /** One cube row: the primary key of insight_cube. */
    record Key(String la, String counter, Cell cell, LocalDate month, String category) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::la).thenComparing(Key::counter)
                .thenComparing(k -> k.cell().team()).thenComparing(k -> k.cell().need())
                .thenComparing(k -> k.cell().ageBand()).thenComparing(k -> k.cell().setting())
                .thenComparing(Key::month).thenComparing(Key::category);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private final Cube cube;
    private final Map<Key, Totals> changes = new HashMap<>();

    private CubeChanges(Cube cube) {
        this.cube = cube;
    }

    /** The pending changes of the current transaction, or null when there is no transaction to hold them. */
    static CubeChanges current(Cube cube) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        CubeChanges pending = (CubeChanges) TransactionSynchronizationManager.getResource(cube);
        if (pending == null) {
            pending = new CubeChanges(cube);
            TransactionSynchronizationManager.bindResource(cube, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    /** Writes the current transaction's pending changes, if any, so that a read in it sees them. */
    static void flushPending(Cube cube) {
        if (TransactionSynchronizationManager.getResource(cube) instanceof CubeChanges pending) {
            pending.writePending();
        }
    }

    void add(Key key, Totals change) {
        changes.merge(key, change, Totals::plus);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        writePending();
    }

    /** Writes what is pending now (also before anything in the transaction reads the cube). */
    void writePending() {
        if (!changes.isEmpty()) {
            cube.write(new HashMap<>(changes));
            changes.clear();
        }
    }

    @Override
    public void afterCompletion(int status) {
        changes.clear();
        TransactionSynchronizationManager.unbindResourceIfPossible(cube);
    }
}
