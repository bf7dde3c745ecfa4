package uk.send.platform.localoffer.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.send.platform.access.Actions;
import uk.send.platform.kernel.SecurityRoutes;
import uk.send.platform.web.NavigationEntry;

/** Opens the public Local Offer pages and the ORUK API to everyone, and links editors to their pages. */
@Configuration
class LocalOfferRoutes {

    @Bean
    SecurityRoutes localOfferSecurityRoutes() {
        return new SecurityRoutes(List.of("/local-offer", "/local-offer/services/**", "/local-offer/pathways",
                "/local-offer/pathways/**", "/local-offer/comments", "/local-offer/comments/**"),
                List.of("/api/oruk", "/api/oruk/**"));
    }

    @Bean
    NavigationEntry localOfferNavigationEntry() {
        return new NavigationEntry("Local Offer", "/local-offer/manage", Actions.LOCAL_OFFER_EDIT, 70);
    }
}
