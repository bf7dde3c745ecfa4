package uk.send.platform.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.casework.Cases;
import uk.send.platform.casework.HistoricCase;
import uk.send.platform.children.Children;
import uk.send.platform.demo.DemoSettings;
import uk.send.platform.insight.BulkHistoryLoad;

/**
 * Builds the synthetic Local Area through the other modules' public services: demo users, the register of children,
 * then their EHC journeys (checked by casework's journey rules, in batches, with the dashboard's totals computed once
 * at the end). The same seed and date give the same Local Area.
 */
public class SyntheticLocalArea {

    private static final Logger log = LoggerFactory.getLogger(SyntheticLocalArea.class);
    /** Children on the register beyond those with plans: requests in progress, refused and ended journeys. */
    static final double CHILDREN_PER_PLAN = 1.2;
    /** Journeys written per transaction: the dashboard's cube changes of a batch are summed and written once. */
    static final int JOURNEYS_PER_TRANSACTION = 100;

    private final UserAccounts accounts;
    private final Children children;
    private final Cases cases;
    private final PartnerAdviceHistories advice;
    private final BulkHistoryLoad bulkLoad;
    private final DatabaseStatistics statistics;
    private final Clock clock;
    private final String laCode;

    public SyntheticLocalArea(UserAccounts accounts, Children children, Cases cases, PartnerAdviceHistories advice,
            BulkHistoryLoad bulkLoad, DatabaseStatistics statistics, Clock clock, String laCode) {
        this.accounts = accounts;
        this.children = children;
        this.cases = cases;
        this.advice = advice;
        this.bulkLoad = bulkLoad;
        this.statistics = statistics;
        this.clock = clock;
        this.laCode = laCode;
    }

    public record Generated(List<DemoUsers.DemoCaseworker> caseworkers, List<SyntheticChildren.SyntheticChild> children,
            Random random) {
    }

    /** The whole Local Area: people, then their journeys. */
    public Generated generate(DemoSettings settings) {
        Generated people = register(settings);
        giveJourneys(people, settings);
        return people;
    }

    /** Demo users and the register of children: after this, people can sign in and find children. */
    public Generated register(DemoSettings settings) {
        long started = System.currentTimeMillis();
        Random random = new Random(settings.seed());
        var caseworkers = DemoUsers.create(accounts, settings.password());
        SyntheticChildren maker = new SyntheticChildren(random, LocalDate.now(clock), laCode);
        int count = (int) Math.round(settings.plans() * CHILDREN_PER_PLAN);
        List<SyntheticChildren.SyntheticChild> made = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            var child = maker.next();
            children.registerForDemo(child.id(), child.details());
            made.add(child);
        }
        statistics.refresh();
        log.info("Synthetic Local Area: {} children registered in {} ms", count, System.currentTimeMillis() - started);
        return new Generated(caseworkers, made, random);
    }

    /** Every child's EHC journey with its history, then the partners' advice histories and reports. */
    public void giveJourneys(Generated people, DemoSettings settings) {
        long started = System.currentTimeMillis();
        bulkLoad.run(() -> journeys(people.random(), people.children(), people.caseworkers(), settings.plans()));
        statistics.refresh();
        log.info("Synthetic Local Area: {} EHC journeys with their history in {} ms", people.children().size(),
                System.currentTimeMillis() - started);
        advice.giveHistories(settings.seed());
        log.info("Synthetic Local Area: partner advice histories and reports in {} ms",
                System.currentTimeMillis() - started);
    }

    /**
     * The first plans children hold maintained plans; of the rest, some have plans that ended and some requests
     * are under way. Caseworkers take cases in turn.
     */
    private int journeys(Random random, List<SyntheticChildren.SyntheticChild> made,
            List<DemoUsers.DemoCaseworker> caseworkers, int plans) {
        SyntheticJourneys maker = new SyntheticJourneys(new Random(random.nextLong()), LocalDate.now(clock));
        List<HistoricCase> batch = new ArrayList<>(JOURNEYS_PER_TRANSACTION);
        int batches = 0;
        for (int i = 0; i < made.size(); i++) {
            var child = made.get(i);
            var owner = caseworkers.get(i % caseworkers.size());
            if (i < plans) {
                batch.add(maker.maintainedPlan(child.id(), child.age(), owner));
            } else if (random.nextInt(100) < 35 && child.age() >= 5) {
                batch.add(maker.ceasedPlan(child.id(), child.age(), owner));
            } else {
                batch.add(maker.inProgress(child.id(), owner));
            }
            if (batch.size() == JOURNEYS_PER_TRANSACTION || i == made.size() - 1) {
                cases.importHistories(batch);
                batch.clear();
                if (Integer.bitCount(++batches) == 1) {
                    statistics.refresh(); // after batches 1, 2, 4, 8...: as the tables grow, the planner keeps up
                }
            }
            if ((i + 1) % 5000 == 0) {
                log.info("Synthetic Local Area: {} of {} EHC journeys", i + 1, made.size());
            }
        }
        return made.size();
    }
}
