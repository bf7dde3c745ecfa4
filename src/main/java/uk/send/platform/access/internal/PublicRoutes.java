package uk.send.platform.access.internal;

import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.send.platform.kernel.SecurityRoutes;

/** Every module's {@link SecurityRoutes} contributions gathered for the security chains. */
@Component
class PublicRoutes {

    private final List<SecurityRoutes> contributions;

    PublicRoutes(ObjectProvider<SecurityRoutes> contributions) {
        this.contributions = contributions.orderedStream().toList();
    }

    String[] pages() {
        return all(SecurityRoutes::publicPages);
    }

    String[] api() {
        return all(SecurityRoutes::publicApi);
    }

    private String[] all(Function<SecurityRoutes, List<String>> part) {
        return contributions.stream().flatMap(c -> part.apply(c).stream()).distinct().toArray(String[]::new);
    }
}
