package uk.send.platform.health.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.deadlines.DeadlineStatus;
import uk.send.platform.health.HealthDeadline;
import uk.send.platform.health.LateReason;
import uk.send.platform.health.LookedAfterEpisode;
import uk.send.platform.health.LookedAfterHealth;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/** Looked-after children's initial health assessments over JSON (docs/api-contract.md, "Health"). */
@RestController
@RequestMapping("/api/v1/health/looked-after")
@Tag(name = "Health", description = "Looked-after children's initial health assessments")
class LookedAfterApi {

    record NewEpisode(String childId, LocalDate startedOn) {
    }

    record Assessment(LocalDate assessedOn, LateReason lateReason, String lateNote, Integer version) {
    }

    /** The episode with its deadline; dueOn and rule also stand at the top level, as the contract names them. */
    record EpisodeJson(String id, String childId, LocalDate startedOn, LocalDate dueOn, String rule,
            DeadlineStatus status, HealthDeadline deadline, LocalDate assessedOn, LateReason lateReason,
            String lateReasonText, String lateNote, int version) {

        static EpisodeJson of(LookedAfterEpisode e) {
            return new EpisodeJson(e.id(), e.childId(), e.startedOn(), e.dueOn(), e.rule(), e.deadline().status(),
                    e.deadline(), e.assessedOn(), e.lateReason(), e.lateReason() == null ? null : e.lateReason().label(),
                    e.lateNote(), e.version());
        }
    }

    private final LookedAfterHealth health;

    LookedAfterApi(LookedAfterHealth health) {
        this.health = health;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record that a child became looked after; opens the initial health assessment's limit "
            + "(20 working days, reg 33(1))")
    ResponseEntity<EpisodeJson> record(@RequestBody NewEpisode body) {
        LookedAfterEpisode e = health.record(body.childId(), body.startedOn());
        return ResponseEntity.created(URI.create("/api/v1/health/looked-after/" + e.id())).body(EpisodeJson.of(e));
    }

    @GetMapping("/{id}")
    EpisodeJson get(@PathVariable String id) {
        return EpisodeJson.of(health.get(id));
    }

    @GetMapping
    @Operation(summary = "Outstanding (status=OUTSTANDING, due soonest first) or done (status=DONE) assessments")
    Paged<EpisodeJson> list(@RequestParam(defaultValue = "OUTSTANDING") String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (!status.equals("OUTSTANDING") && !status.equals("DONE")) {
            throw InvalidInput.of("status", "Status must be OUTSTANDING or DONE");
        }
        Paged<LookedAfterEpisode> found = health.list(status.equals("OUTSTANDING"), page, size);
        return new Paged<>(found.items().stream().map(EpisodeJson::of).toList(), found.page(), found.size(),
                found.total());
    }

    @PostMapping(path = "/{id}/assessment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the initial health assessment; one after the due date needs lateReason")
    EpisodeJson assess(@PathVariable String id, @RequestBody Assessment body) {
        return EpisodeJson.of(health.recordAssessment(id, body.version(), body.assessedOn(), body.lateReason(),
                body.lateNote()));
    }
}
