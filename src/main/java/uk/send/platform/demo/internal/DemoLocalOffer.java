package uk.send.platform.demo.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.localoffer.DirectoryLoading;
import uk.send.platform.localoffer.Pathways;

/**
 * Fills the synthetic Local Area's Local Offer on first start (before the children load, as it takes seconds): the
 * directory of {@link SyntheticDirectory}, its pathways and the Local Offer's demo users.
 */
@Component
@Order(5)
class DemoLocalOffer implements ApplicationRunner {

    private final DirectoryLoading loading;
    private final Pathways pathways;
    private final UserAccounts accounts;
    private final boolean enabled;
    private final long seed;
    private final String password;

    DemoLocalOffer(DirectoryLoading loading, Pathways pathways, UserAccounts accounts,
            @Value("${send.demo.enabled:}") String enabled, @Value("${spring.datasource.url}") String databaseUrl,
            @Value("${send.demo.seed}") long seed, @Value("${send.demo.password:send-demo-2026}") String password) {
        this.loading = loading;
        this.pathways = pathways;
        this.accounts = accounts;
        this.enabled = enabled == null || enabled.isBlank() ? databaseUrl.startsWith("jdbc:h2:") : Boolean.parseBoolean(enabled);
        this.seed = seed;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && loading.isEmpty()) {
            int services = new SyntheticDirectory(seed).load(loading, pathways, accounts, password);
            System.out.println("\n  Local Offer loaded: " + services + " services (public at /local-offer; editors: "
                    + "offer.editor, offer.editor2; officer: offer.officer).\n");
        }
    }
}
