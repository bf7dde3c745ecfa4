package uk.send.platform.insight.internal;

import uk.send.platform.kernel.LocalArea;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.send.platform.insight.BulkHistoryLoad;

/** Holds the cube still during a bulk load on this thread, then recomputes it from insight_records in one go. */
@Component
class CubeRebuild implements BulkHistoryLoad {

    private final Cube cube;
    private final TransactionTemplate transactions;
    private final String la;

    CubeRebuild(Cube cube, TransactionTemplate transactions, LocalArea localArea) {
        this.cube = cube;
        this.transactions = transactions;
        this.la = localArea.code();
    }

    @Override
    public void run(Runnable load) {
        try {
            Cube.holdStill(true);
            load.run();
        } finally {
            Cube.holdStill(false);
            transactions.executeWithoutResult(status -> cube.rebuild(la));
        }
    }
}
