package uk.send.platform.localoffer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;
import uk.send.platform.localoffer.internal.ContentRules;
import uk.send.platform.localoffer.internal.DirectoryStore;
import uk.send.platform.localoffer.internal.DirectoryStore.IssueRow;
import uk.send.platform.localoffer.internal.DirectoryStore.ServiceRow;
import uk.send.platform.localoffer.internal.Publisher;

/**
 * Keeping the Local Offer up to date. An organisation's editors (localoffer.edit, OWN: the organisations they are
 * editors of) propose new services and changes; the Local Area's officers (localoffer.publish) approve or reject them,
 * and only an approved version is published. Every version is kept, so a service's published history can be read.
 * Editors confirm a service is still right when its review date comes (a year after the last check).
 */
@Service
@Transactional
public class DirectoryEditing {

    private final DirectoryStore store;
    private final Publisher publisher;
    private final AccessControl access;
    private final Clock clock;

    DirectoryEditing(DirectoryStore store, Publisher publisher, AccessControl access, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.access = access;
        this.clock = clock;
    }

    /** The organisations the signed-in user may edit: their own, or every one for the Local Area's officers. */
    @Transactional(readOnly = true)
    public List<Organisation> myOrganisations() {
        CurrentUser user = access.require(Actions.LOCAL_OFFER_EDIT, Scope.OWN);
        if (user.may(Actions.LOCAL_OFFER_EDIT, Scope.ALL)) {
            return store.organisations(0, Paged.MAX_SIZE).items();
        }
        return store.organisationsEditedBy(user.username());
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(String organisationId) {
        return access.currentUser().map(u -> u.may(Actions.LOCAL_OFFER_EDIT, Scope.ALL)
                || (u.may(Actions.LOCAL_OFFER_EDIT, Scope.OWN) && store.isEditor(organisationId, u.username()))).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean mayPublish() {
        return access.currentUser().map(u -> u.may(Actions.LOCAL_OFFER_PUBLISH, Scope.ALL)).orElse(false);
    }

    @Transactional(readOnly = true)
    public Organisation organisation(String organisationId) {
        Organisation organisation = store.organisation(organisationId)
                .orElseThrow(() -> new RecordNotFound("Organisation " + organisationId));
        requireEditor(organisationId);
        return organisation;
    }

    @Transactional(readOnly = true)
    public Paged<ServiceRow> services(String organisationId, int page, int size) {
        Paged.check(page, size);
        organisation(organisationId);
        return store.servicesOf(organisationId, page, size);
    }

    /** A new service for an organisation, waiting for the Local Area's approval before it is published. */
    public ServiceVersion propose(String organisationId, ServiceContent content, String note) {
        organisation(organisationId);
        ServiceContent tidy = ContentRules.tidy(content);
        ContentRules.checkEditorChange(tidy);
        String serviceId = UUID.randomUUID().toString();
        long id = store.insertVersion(serviceId, organisationId, 1, "SUBMITTED", tidy, trim(note),
                access.requireUser().username(), clock.instant());
        return store.version(id).orElseThrow();
    }

    /**
     * A change to a published service, made from the published version {@code baseVersion}: 409 if someone has
     * published another version since. A change still waiting for approval is replaced by this one.
     */
    public ServiceVersion submitChange(String serviceId, int baseVersion, ServiceContent content, String note) {
        String organisationId = store.organisationOf(serviceId).orElseThrow(() -> new RecordNotFound("Service " + serviceId));
        requireEditor(organisationId);
        ServiceContent tidy = ContentRules.tidy(content);
        ContentRules.checkEditorChange(tidy);
        int published = store.publishedVersion(serviceId).orElse(0);
        if (published != baseVersion) {
            throw new ConflictingChange("Version " + published + " of this service has been published since you started;"
                    + " start again from the published version");
        }
        String by = access.requireUser().username();
        store.withdrawOpen(serviceId, by, clock.instant());
        long id = store.insertVersion(serviceId, organisationId, store.nextVersionNo(serviceId), "SUBMITTED", tidy,
                trim(note), by, clock.instant());
        return store.version(id).orElseThrow();
    }

    public ServiceVersion approve(long versionId, String note) {
        CurrentUser user = access.require(Actions.LOCAL_OFFER_PUBLISH, Scope.ALL);
        ServiceVersion v = store.version(versionId).orElseThrow(() -> new RecordNotFound("Change " + versionId));
        if (!"SUBMITTED".equals(v.state())) {
            throw new ConflictingChange(422, "This change is not waiting for approval: it is " + v.stateLabel().toLowerCase());
        }
        publisher.publish(v.serviceId(), v.organisationId(), v.versionNo(), v.content());
        if (!store.decide(versionId, "SUBMITTED", "PUBLISHED", user.username(), clock.instant(), trim(note))) {
            throw new ConflictingChange("Someone else decided this change first");
        }
        return store.version(versionId).orElseThrow();
    }

    public ServiceVersion reject(long versionId, String reason) {
        CurrentUser user = access.require(Actions.LOCAL_OFFER_PUBLISH, Scope.ALL);
        ServiceVersion v = store.version(versionId).orElseThrow(() -> new RecordNotFound("Change " + versionId));
        if (trim(reason) == null) {
            throw InvalidInput.of("reason", "Say why the change is not approved, so the editor can put it right");
        }
        if (!"SUBMITTED".equals(v.state())
                || !store.decide(versionId, "SUBMITTED", "REJECTED", user.username(), clock.instant(), trim(reason))) {
            throw new ConflictingChange(422, "This change is not waiting for approval");
        }
        return store.version(versionId).orElseThrow();
    }

    /** Changes waiting for approval: every one for an officer, the organisation's own for an editor. */
    @Transactional(readOnly = true)
    public Paged<ServiceVersion> awaitingApproval(String organisationId, int page, int size) {
        Paged.check(page, size);
        if (organisationId == null) {
            access.require(Actions.LOCAL_OFFER_PUBLISH, Scope.ALL);
        } else {
            organisation(organisationId);
        }
        return store.versionsInState("SUBMITTED", organisationId, page, size);
    }

    /** Every version of a service, newest first. */
    @Transactional(readOnly = true)
    public List<ServiceVersion> history(String serviceId) {
        String organisationId = store.organisationOf(serviceId).orElseThrow(() -> new RecordNotFound("Service " + serviceId));
        requireEditor(organisationId);
        return store.versionsOf(serviceId);
    }

    @Transactional(readOnly = true)
    public ServiceVersion version(long versionId) {
        ServiceVersion v = store.version(versionId).orElseThrow(() -> new RecordNotFound("Change " + versionId));
        requireEditor(v.organisationId());
        return v;
    }

    /** The published service, for its editors (with its data-quality findings). */
    @Transactional(readOnly = true)
    public Optional<PublishedService> published(String serviceId) {
        String organisationId = store.organisationOf(serviceId).orElseThrow(() -> new RecordNotFound("Service " + serviceId));
        requireEditor(organisationId);
        return store.published(serviceId);
    }

    /** An editor has checked the published service is still right: the next review is a year from today. */
    public PublishedService confirmReviewed(String serviceId) {
        String organisationId = store.organisationOf(serviceId).orElseThrow(() -> new RecordNotFound("Service " + serviceId));
        requireEditor(organisationId);
        if (!store.exists(serviceId)) {
            throw new ConflictingChange(422, "The service has not been published yet");
        }
        LocalDate today = LocalDate.now(clock);
        store.reviewed(serviceId, today, today.plusMonths(Publisher.REVIEW_MONTHS));
        return store.published(serviceId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Paged<ServiceRow> overdueForReview(int page, int size) {
        Paged.check(page, size);
        access.require(Actions.LOCAL_OFFER_PUBLISH, Scope.ALL);
        return store.dueForReview(LocalDate.now(clock), page, size);
    }

    @Transactional(readOnly = true)
    public Paged<IssueRow> qualityReport(String code, int page, int size) {
        Paged.check(page, size);
        access.require(Actions.LOCAL_OFFER_PUBLISH, Scope.ALL);
        return store.issuesReport(code, page, size);
    }

    @Transactional(readOnly = true)
    public Map<String, Long> qualityCounts() {
        access.require(Actions.LOCAL_OFFER_PUBLISH, Scope.ALL);
        return store.issueCounts();
    }

    private void requireEditor(String organisationId) {
        access.require(Actions.LOCAL_OFFER_EDIT, Scope.OWN);
        if (!mayEdit(organisationId)) {
            throw new AccessDeniedException("Not an editor of organisation " + organisationId);
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
