package uk.send.platform.children.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.children.Child;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.ChildSearch;
import uk.send.platform.children.Children;
import uk.send.platform.children.DuplicateChild;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/** The register over JSON: see docs/api-contract.md ("Children"). */
@RestController
@RequestMapping("/api/v1/children")
@Tag(name = "Children", description = "The register of children and young people")
class ChildrenApi {

    private final Children children;

    ChildrenApi(Children children) {
        this.children = children;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Child> register(@RequestBody ChildDetails details) {
        Child child = children.register(details);
        return ResponseEntity.created(URI.create("/api/v1/children/" + child.id())).eTag(etag(child)).body(child);
    }

    @GetMapping("/{id}")
    ResponseEntity<Child> get(@PathVariable String id) {
        Child child = children.get(id);
        return ResponseEntity.ok().eTag(etag(child)).body(child);
    }

    /** Replaces the child's details; If-Match carries the version read, so a stale change is refused with 409. */
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Child> update(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody ChildDetails details) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw InvalidInput.of("If-Match", "Send the version you read in an If-Match header, for example If-Match: \"0\"");
        }
        int version;
        try {
            version = Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("If-Match", "If-Match must be the version number from the ETag");
        }
        Child child = children.update(id, version, details);
        return ResponseEntity.ok().eTag(etag(child)).body(child);
    }

    @GetMapping
    Paged<Child> search(@RequestParam(required = false) String nhsNumber, @RequestParam(required = false) String name,
            @RequestParam(required = false) String dateOfBirth, @RequestParam(required = false) String upn,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return children.search(new ChildSearch(name, date(dateOfBirth), nhsNumber, upn), page, size);
    }

    @ExceptionHandler(DuplicateChild.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateChild e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Already on the register");
        problem.setProperty("existingId", e.existingId());
        problem.setProperty("existing", "/api/v1/children/" + e.existingId());
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", "nhsNumber",
                "message", "A child with this NHS number is already on the register")));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .location(URI.create("/api/v1/children/" + e.existingId())).body(problem);
    }

    private static String etag(Child child) {
        return "\"" + child.version() + "\"";
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("dateOfBirth", "Enter the date of birth as a real date, for example 2016-03-27");
        }
    }
}
