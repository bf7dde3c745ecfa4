package uk.send.platform.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.advice.AdviceDemo;
import uk.send.platform.casework.Cases;
import uk.send.platform.casework.HistoricCase;
import uk.send.platform.children.Children;
import uk.send.platform.demo.DemoSettings;

/**
 * Builds the synthetic Local Area through the other modules' public services: demo users, then the register of
 * children. The same seed and date give the same Local Area.
 */
public class SyntheticLocalArea {

    private static final Logger log = LoggerFactory.getLogger(SyntheticLocalArea.class);
    /** Children on the register beyond those with plans: requests in progress, refused and ended journeys. */
    static final double CHILDREN_PER_PLAN = 1.2;

    private final UserAccounts accounts;
    private final Children children;
    private final Cases cases;
    private final AdviceDemo advice;
    private final Clock clock;
    private final String laCode;

    public SyntheticLocalArea(UserAccounts accounts, Children children, Cases cases, AdviceDemo advice, Clock clock,
            String laCode) {
        this.accounts = accounts;
        this.children = children;
        this.cases = cases;
        this.advice = advice;
        this.clock = clock;
        this.laCode = laCode;
    }

    public record Generated(List<DemoUsers.DemoCaseworker> caseworkers, List<SyntheticChildren.SyntheticChild> children) {
    }

    public Generated generate(DemoSettings settings) {
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
        log.info("Synthetic Local Area: {} children registered in {} ms", count, System.currentTimeMillis() - started);
        int journeys = journeys(random, made, caseworkers, settings.plans());
        log.info("Synthetic Local Area: {} EHC journeys with their history in {} ms", journeys,
                System.currentTimeMillis() - started);
        advice.giveHistories(settings.seed());
        log.info("Synthetic Local Area: partner advice histories and reports in {} ms", System.currentTimeMillis() - started);
        return new Generated(caseworkers, made);
    }

    /**
     * The first plans children hold maintained plans; of the rest, some have plans that ended and some requests
     * are under way. Caseworkers take cases in turn.
     */
    private int journeys(Random random, List<SyntheticChildren.SyntheticChild> made,
            List<DemoUsers.DemoCaseworker> caseworkers, int plans) {
        SyntheticJourneys maker = new SyntheticJourneys(new Random(random.nextLong()), LocalDate.now(clock));
        int count = 0;
        for (int i = 0; i < made.size(); i++) {
            var child = made.get(i);
            var owner = caseworkers.get(i % caseworkers.size());
            HistoricCase journey;
            if (i < plans) {
                journey = maker.maintainedPlan(child.id(), child.age(), owner);
            } else if (random.nextInt(100) < 35 && child.age() >= 5) {
                journey = maker.ceasedPlan(child.id(), child.age(), owner);
            } else {
                journey = maker.inProgress(child.id(), owner);
            }
            cases.importHistory(journey);
            count++;
        }
        return count;
    }
}
