package uk.send.platform.demo.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationContext;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.casework.Cases;
import uk.send.platform.children.Children;
import uk.send.platform.demo.DemoSettings;
import uk.send.platform.insight.BulkHistoryLoad;

/** Loads a small synthetic Local Area for another module's integration test, and names the children it made. */
public final class SyntheticAreaForTests {

    private SyntheticAreaForTests() {
    }

    /** The children's ids, each with the EHC journey the synthetic Local Area gave them. */
    public static List<String> load(ApplicationContext context, DemoSettings settings, String laCode) {
        var area = new SyntheticLocalArea(context.getBean(UserAccounts.class), context.getBean(Children.class),
                context.getBean(Cases.class), context.getBean(PartnerAdviceHistories.class), context.getBean(BulkHistoryLoad.class),
                context.getBean(DatabaseStatistics.class), context.getBean(Clock.class), laCode).generate(settings);
        return area.children().stream().map(SyntheticChildren.SyntheticChild::id).toList();
    }
}
