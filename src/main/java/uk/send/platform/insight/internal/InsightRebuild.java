package uk.send.platform.insight.internal;

import uk.send.platform.kernel.LocalArea;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.Scope;
import uk.send.platform.casework.CaseHistories;
import uk.send.platform.casework.JourneyHistory;

/**
 * Builds insight's summaries again from casework's history (decision 0052): empties every insight table, replays
 * each journey's events, a page of journeys at a time, through the same feed that counts them live, with the cube
 * held still, then computes the cube once from the records written (as a bulk history load does, decision 0060). One
 * transaction: readers see the old figures until it commits, and a failure leaves them as they were.
 */
@Service
class InsightRebuild {

    static final int PAGE = 200;

    private final CaseHistories histories;
    private final HistoryFeed feed;
    private final InsightTables tables;
    private final Cube cube;
    private final AccessControl access;
    private final Clock clock;
    private final String la;

    InsightRebuild(CaseHistories histories, HistoryFeed feed, InsightTables tables, Cube cube, AccessControl access,
            Clock clock, LocalArea localArea) {
        this.cube = cube;
        this.histories = histories;
        this.feed = feed;
        this.tables = tables;
        this.access = access;
        this.clock = clock;
        this.la = localArea.code();
    }

    /** Administrators only (users.manage at ALL). */
    @Transactional
    public RebuildReport rebuild() {
        access.require(Actions.USERS_MANAGE, Scope.ALL);
        Instant started = clock.instant();
        tables.clear(la);
        long[] replayed;
        try {
            Cube.holdStill(true);
            replayed = replayEveryJourney();
        } finally {
            Cube.holdStill(false);
        }
        cube.rebuild(la);
        return new RebuildReport(replayed[0], replayed[1], tables.records(la), started, clock.instant());
    }

    /** Journeys and events replayed. */
    private long[] replayEveryJourney() {
        long journeys = 0;
        long events = 0;
        String after = null;
        for (List<JourneyHistory> page = histories.after(null, PAGE); !page.isEmpty();
                page = histories.after(after, PAGE)) {
            for (JourneyHistory journey : page) {
                journey.events().forEach(feed::replay);
                events += journey.events().size();
            }
            journeys += page.size();
            after = page.get(page.size() - 1).caseId();
        }
        return new long[] {journeys, events};
    }
}
