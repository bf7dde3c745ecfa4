package uk.send.platform.localoffer;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.localoffer.internal.ContentRules;
import uk.send.platform.localoffer.internal.DirectoryStore;
import uk.send.platform.localoffer.internal.Publisher;

/**
 * Seeding the directory without the approval step: the synthetic Local Area's demo content, and an ORUK feed an
 * officer imports (which checks the permission first). Publishing an unchanged service again adds no version, so a
 * feed can be synchronised repeatedly.
 */
@Service
@Transactional
public class DirectoryLoading {

    private final DirectoryStore store;
    private final Publisher publisher;
    private final Clock clock;

    DirectoryLoading(DirectoryStore store, Publisher publisher, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    public void saveOrganisation(Organisation organisation) {
        store.saveOrganisation(organisation, clock.instant());
    }

    public void addEditor(String organisationId, String username) {
        store.addEditor(organisationId, username);
    }

    public void saveTaxonomy(Taxonomy taxonomy) {
        store.saveTaxonomy(taxonomy);
    }

    public void saveTerm(TaxonomyTerm term) {
        store.saveTerm(term);
    }

    public void savePostcodeDistrict(String outward, String place, double latitude, double longitude) {
        store.savePostcodeDistrict(outward, place, latitude, longitude);
    }

    /** Marks a published service as last checked some months ago (the demo's stale entries). */
    public void lastCheckedMonthsAgo(String serviceId, int months) {
        java.time.LocalDate checked = java.time.LocalDate.now(clock).minusMonths(months);
        store.reviewed(ContentRules.uuid(serviceId), checked, checked.plusMonths(Publisher.REVIEW_MONTHS));
    }

    public Optional<Organisation> organisation(String id) {
        return store.organisation(id);
    }

    public boolean isEmpty() {
        return store.serviceCount() == 0;
    }

    /**
     * Publishes a service as given (a new version, already approved by {@code by}); false if the published content
     * is the same already. Bad essentials (no name, an unknown status, unreadable schedules) are refused.
     */
    public boolean publish(String serviceId, String organisationId, ServiceContent content, String by, String note) {
        ServiceContent tidy = ContentRules.tidy(content);
        List<uk.send.platform.kernel.FieldProblem> problems = ContentRules.essentials(tidy);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String id = ContentRules.uuid(serviceId);
        Optional<PublishedService> current = store.published(id);
        if (current.isPresent() && current.get().content().equals(tidy)
                && current.get().organisation().id().equals(organisationId)) {
            return false;
        }
        int versionNo = store.nextVersionNo(id);
        long versionId = store.insertVersion(id, organisationId, versionNo, "SUBMITTED", tidy, note, by, clock.instant());
        publisher.publish(id, organisationId, versionNo, tidy);
        store.decide(versionId, "SUBMITTED", "PUBLISHED", by, clock.instant(), note);
        return true;
    }
}
