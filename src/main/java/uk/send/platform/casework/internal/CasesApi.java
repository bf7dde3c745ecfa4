package uk.send.platform.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.casework.CaseFilter;
import uk.send.platform.casework.CaseSummary;
import uk.send.platform.casework.CaseView;
import uk.send.platform.casework.Cases;
import uk.send.platform.casework.NewCase;
import uk.send.platform.casework.RecordedEvent;
import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.casework.RequestSource;
import uk.send.platform.casework.Stage;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/** EHC journeys over JSON: see docs/api-contract.md ("Cases"). */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "EHC journeys, their events and statutory deadlines")
class CasesApi {

    record OpenCase(String childId, LocalDate requestReceivedOn, String requestSource, String caseworker) {
    }

    record Assignment(String caseworker, Integer expectedVersion) {
    }

    private final Cases cases;

    CasesApi(Cases cases) {
        this.cases = cases;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a case on a request for an EHC needs assessment")
    ResponseEntity<CaseView> open(@RequestBody OpenCase body) {
        CaseView created = cases.open(new NewCase(body.childId(), body.requestReceivedOn(), source(body.requestSource()),
                body.caseworker()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + created.id())).eTag(etag(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with its stage, deadlines and timeline; with asAt, as it stood at the end of that day")
    ResponseEntity<CaseView> get(@PathVariable String id, @RequestParam(required = false) LocalDate asAt) {
        CaseView view = asAt == null ? cases.get(id) : cases.getAsAt(id, asAt);
        return ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    @GetMapping
    @Operation(summary = "Cases by next due date, filtered by stage, caseworker, team, setting, overdue, due before")
    Paged<CaseSummary> list(@RequestParam(required = false) String stage,
            @RequestParam(required = false) String caseworker, @RequestParam(required = false) String team,
            @RequestParam(required = false) String setting, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) LocalDate dueBefore, @RequestParam(required = false) String childId,
            @RequestParam(defaultValue = "false") boolean includeClosed, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return cases.list(new CaseFilter(stage(stage), caseworker, team, setting, overdue, dueBefore, childId,
                includeClosed), page, size);
    }

    @PostMapping(path = "/{id}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record one event; If-Match or expectedVersion guards against a stale read")
    ResponseEntity<RecordedEvent> record(@PathVariable String id, @RequestBody EventRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Integer expected = body.expectedVersion() != null ? body.expectedVersion() : version(ifMatch);
        RecordedEvent recorded = cases.record(id, body.toEvent(), expected);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).eTag(etag(recorded.version())).body(recorded);
    }

    @PostMapping(path = "/{id}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give the case to another caseworker (cases.assign)")
    CaseSummary reassign(@PathVariable String id, @RequestBody Assignment body) {
        return cases.reassign(id, body.caseworker(), body.expectedVersion());
    }

    /** Refusals carry the fields at fault, which the shared error advice does not know about. */
    @ExceptionHandler(RefusedEvent.class)
    ResponseEntity<ProblemDetail> refused(RefusedEvent e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.valueOf(e.status()), e.getMessage());
        problem.setTitle(e.status() == 409 ? "Conflict" : "Not allowed now");
        problem.setInstance(URI.create(request.getRequestURI()));
        if (!e.problems().isEmpty()) {
            problem.setProperty("errors", e.problems().stream()
                    .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        }
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static RequestSource source(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return (RequestSource) Vocabulary.parse(RequestSource.class, text).orElseThrow(() -> InvalidInput.of(
                "requestSource", "Unknown request source '" + text + "': use one of "
                        + Vocabulary.choices(RequestSource.class)));
    }

    private static Stage stage(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return (Stage) Vocabulary.parse(Stage.class, text).orElseThrow(() -> InvalidInput.of("stage",
                "Unknown stage '" + text + "': use one of " + Vocabulary.choices(Stage.class)));
    }

    private static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("If-Match", "If-Match must be the case version from its ETag, for example \"3\"");
        }
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }
}
