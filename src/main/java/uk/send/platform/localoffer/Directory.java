package uk.send.platform.localoffer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;
import uk.send.platform.localoffer.internal.DirectoryStore;

/** The published Local Offer, as anyone may read it (no sign-in): search and a service's page. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final DirectoryStore store;
    private final Clock clock;

    Directory(DirectoryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Paged<ServiceHit> search(SearchQuery query, int page, int size) {
        Paged.check(page, size);
        return store.search(query, page, size);
    }

    public PublishedService service(String id) {
        return store.published(id).orElseThrow(() -> new RecordNotFound("Service " + id));
    }

    /** The centroid of a postcode's district, if the directory knows it. */
    public Optional<double[]> locate(String postcode) {
        return store.postcodePoint(postcode);
    }

    public Optional<Taxonomy> taxonomyNamed(String name) {
        return store.taxonomyNamed(name);
    }

    public List<TaxonomyTerm> termsOf(String taxonomyId) {
        return store.terms(taxonomyId, 0, Paged.MAX_SIZE).items();
    }

    public Optional<Organisation> organisation(String id) {
        return store.organisation(id);
    }

    public long size() {
        return store.serviceCount();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
