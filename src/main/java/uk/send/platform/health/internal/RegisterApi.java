package uk.send.platform.health.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.health.CetrType;
import uk.send.platform.health.DsrEntry;
import uk.send.platform.health.DsrRating;
import uk.send.platform.health.DynamicSupportRegister;
import uk.send.platform.kernel.Paged;

/**
 * The Dynamic Support Register over JSON (docs/api-contract.md, "Health"): health, social care and named agencies
 * only (403 for everyone else); every read is logged.
 */
@RestController
@RequestMapping("/api/v1/health/dynamic-support-register")
@Tag(name = "Dynamic Support Register", description = "RAG+Blue ratings, multi-agency reviews, C(E)TRs, keyworkers")
class RegisterApi {

    record Rating(DsrRating rating, String reason, LocalDate ratedOn, Integer version) {
    }

    record ReviewBody(LocalDate heldOn, String agencies, String summary, List<DsrEntry.NewAction> actions,
            Integer version) {
    }

    record CetrBody(CetrType type, LocalDate heldOn, String recommendations) {
    }

    record KeyworkerBody(String keyworker, Integer version) {
    }

    record Completion(LocalDate doneOn) {
    }

    private final DynamicSupportRegister register;

    RegisterApi(DynamicSupportRegister register) {
        this.register = register;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a child to the register with a rating; needs consent or a recorded best-interests "
            + "decision (422 without)")
    ResponseEntity<DsrEntry> add(@RequestBody DsrEntry.NewEntry body) {
        DsrEntry e = register.add(body);
        return ResponseEntity.created(URI.create("/api/v1/health/dynamic-support-register/" + e.id())).body(e);
    }

    @GetMapping
    @Operation(summary = "The register in the meeting's order (red, amber, blue, green; then next review)")
    Paged<DsrEntry.Line> list(@RequestParam(required = false) DsrRating rating,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return register.register(rating, page, size);
    }

    @GetMapping("/{id}")
    DsrEntry get(@PathVariable String id) {
        return register.get(id);
    }

    @PostMapping(path = "/{id}/ratings", consumes = MediaType.APPLICATION_JSON_VALUE)
    DsrEntry rate(@PathVariable String id, @RequestBody Rating body) {
        return register.rate(id, body.version(), body.rating(), body.reason(), body.ratedOn());
    }

    @PostMapping(path = "/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    DsrEntry review(@PathVariable String id, @RequestBody ReviewBody body) {
        return register.review(id, body.version(), body.heldOn(), body.agencies(), body.summary(), body.actions());
    }

    @PostMapping(path = "/{id}/actions/{actionId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    DsrEntry complete(@PathVariable String id, @PathVariable long actionId, @RequestBody Completion body) {
        return register.completeAction(id, actionId, body.doneOn());
    }

    @PostMapping(path = "/{id}/cetrs", consumes = MediaType.APPLICATION_JSON_VALUE)
    DsrEntry cetr(@PathVariable String id, @RequestBody CetrBody body) {
        return register.recordCetr(id, body.type(), body.heldOn(), body.recommendations());
    }

    @PutMapping(path = "/{id}/keyworker", consumes = MediaType.APPLICATION_JSON_VALUE)
    DsrEntry keyworker(@PathVariable String id, @RequestBody KeyworkerBody body) {
        return register.keyworker(id, body.version(), body.keyworker());
    }
}
