package uk.send.platform.localoffer.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;
import uk.send.platform.localoffer.Comment;
import uk.send.platform.localoffer.Comments;
import uk.send.platform.localoffer.DirectoryEditing;
import uk.send.platform.localoffer.Organisation;
import uk.send.platform.localoffer.PublishedService;
import uk.send.platform.localoffer.QualityIssue;
import uk.send.platform.localoffer.ServiceContent;
import uk.send.platform.localoffer.ServiceVersion;

/**
 * Keeping the Local Offer up to date through the API (the same rules as the pages): editors propose services and
 * changes for their own organisations, officers approve, reject, import ORUK feeds and moderate comments.
 */
@RestController
@RequestMapping(path = "/api/v1/local-offer", produces = MediaType.APPLICATION_JSON_VALUE)
class LocalOfferApi {

    record Change(Integer baseVersion, String note, ServiceContent service) {
    }

    record Decision(String note, String reason) {
    }

    record Moderation(Integer version, String response) {
    }

    private final DirectoryEditing editing;
    private final OrukImport imports;
    private final Comments comments;

    LocalOfferApi(DirectoryEditing editing, OrukImport imports, Comments comments) {
        this.editing = editing;
        this.imports = imports;
        this.comments = comments;
    }

    @GetMapping("/organisations")
    Paged<Organisation> organisations() {
        List<Organisation> mine = editing.myOrganisations();
        return new Paged<>(mine, 0, Math.max(mine.size(), 1), mine.size());
    }

    @GetMapping("/organisations/{id}/services")
    Paged<DirectoryStore.ServiceRow> services(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return editing.services(id, page, size);
    }

    @PostMapping("/organisations/{id}/services")
    ResponseEntity<ServiceVersion> propose(@PathVariable String id, @RequestBody Change change) {
        ServiceVersion v = editing.propose(id, required(change), change.note());
        return ResponseEntity.created(URI.create("/api/v1/local-offer/changes/" + v.id())).body(v);
    }

    @GetMapping("/services/{id}")
    PublishedService published(@PathVariable String id) {
        return editing.published(id).orElseThrow(() -> new uk.send.platform.kernel.RecordNotFound("Published service " + id));
    }

    @PostMapping("/services/{id}/changes")
    ResponseEntity<ServiceVersion> change(@PathVariable String id, @RequestBody Change change) {
        if (change == null || change.baseVersion() == null) {
            throw InvalidInput.of("baseVersion", "Give the published version the change starts from");
        }
        ServiceVersion v = editing.submitChange(id, change.baseVersion(), required(change), change.note());
        return ResponseEntity.created(URI.create("/api/v1/local-offer/changes/" + v.id())).body(v);
    }

    @GetMapping("/services/{id}/versions")
    Paged<ServiceVersion> versions(@PathVariable String id) {
        List<ServiceVersion> all = editing.history(id);
        return new Paged<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @GetMapping("/services/{id}/quality")
    Map<String, List<QualityIssue>> quality(@PathVariable String id) {
        return Map.of("items", editing.published(id).map(PublishedService::issues).orElse(List.of()));
    }

    @PostMapping("/services/{id}/reviewed")
    PublishedService reviewed(@PathVariable String id) {
        return editing.confirmReviewed(id);
    }

    @GetMapping("/changes")
    Paged<ServiceVersion> awaiting(@RequestParam(required = false) String organisationId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return editing.awaitingApproval(organisationId, page, size);
    }

    @GetMapping("/changes/{id}")
    ServiceVersion version(@PathVariable long id) {
        return editing.version(id);
    }

    @PostMapping("/changes/{id}/approve")
    ServiceVersion approve(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return editing.approve(id, decision == null ? null : decision.note());
    }

    @PostMapping("/changes/{id}/reject")
    ServiceVersion reject(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return editing.reject(id, decision == null ? null : decision.reason());
    }

    @GetMapping("/quality")
    Paged<DirectoryStore.IssueRow> qualityReport(@RequestParam(required = false) String code,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return editing.qualityReport(code, page, size);
    }

    @GetMapping("/overdue")
    Paged<DirectoryStore.ServiceRow> overdue(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return editing.overdueForReview(page, size);
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    OrukImport.Result importFeed(@RequestBody String feed) {
        return imports.importFeed(feed);
    }

    @GetMapping("/comments")
    Paged<Comment> moderation(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return comments.awaitingModeration(page, size);
    }

    @PostMapping("/comments/{id}/publish")
    Comment publish(@PathVariable long id, @RequestBody Moderation m) {
        return comments.publish(id, m == null || m.version() == null ? 0 : m.version(), m == null ? null : m.response());
    }

    @PostMapping("/comments/{id}/decline")
    Comment decline(@PathVariable long id, @RequestBody(required = false) Moderation m) {
        return comments.decline(id, m == null || m.version() == null ? 0 : m.version());
    }

    private static ServiceContent required(Change change) {
        if (change == null || change.service() == null) {
            throw InvalidInput.of("service", "Give the service's content");
        }
        return change.service();
    }
}
