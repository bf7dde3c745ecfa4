package uk.send.platform.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.send.platform.access.UserAccounts;
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
    private final Clock clock;
    private final String laCode;

    public SyntheticLocalArea(UserAccounts accounts, Children children, Clock clock, String laCode) {
        this.accounts = accounts;
        this.children = children;
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
        return new Generated(caseworkers, made);
    }
}
