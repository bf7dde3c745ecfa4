package uk.send.platform.localoffer.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.send.platform.localoffer.Organisation;
import uk.send.platform.localoffer.ServiceContent;

/**
 * Publishes a version into the directory the public pages and the ORUK API read: its rows, search words and
 * data-quality findings, with the next review a year on (the Local Offer's freshness rule, decision 0152).
 */
@Component
public class Publisher {

    public static final int REVIEW_MONTHS = 12;

    private final DirectoryStore store;
    private final Clock clock;

    Publisher(DirectoryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void publish(String serviceId, String organisationId, int versionNo, ServiceContent content) {
        Organisation organisation = store.organisation(organisationId).orElseThrow();
        var issues = QualityChecks.check(content, store.knownTerms(content.termIds()));
        store.supersedePublished(serviceId);
        store.publish(serviceId, organisationId, versionNo, content, organisation.name(), issues, clock.instant(),
                LocalDate.now(clock).plusMonths(REVIEW_MONTHS));
    }
}
