package uk.send.platform.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.media.Schema;
import uk.send.platform.casework.EhcPlan;
import uk.send.platform.casework.Placement;
import uk.send.platform.casework.PlanChange;
import uk.send.platform.casework.PlanItem;
import uk.send.platform.casework.PlanVersion;
import uk.send.platform.casework.Plans;
import uk.send.platform.kernel.InvalidInput;

/** A case's EHC plan over JSON: the working copy, its flags, the issued versions and what changed between them. */
@RestController
@RequestMapping("/api/v1/cases/{id}/plan")
@Tag(name = "EHC plans", description = "Sections A to K, the golden thread, versions")
class PlansApi {

    record PlanContent(List<PlanItem> items, Integer revision) {
    }

    @Schema(description = "Section I: the named setting by URN, its type (children's SettingType), or the type only")
    record PlacementContent(@Schema(example = "123456") String urn, @Schema(example = "MAINSTREAM_ACADEMY") String settingType,
            @Schema(example = "Hill Top Academy") String settingName, Integer revision) {
    }

    private final Plans plans;

    PlansApi(Plans plans) {
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "The working copy with its flags")
    ResponseEntity<EhcPlan> working(@PathVariable String id) {
        EhcPlan plan = plans.working(id);
        return ResponseEntity.ok().eTag("\"" + plan.revision() + "\"").body(plan);
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the working copy; revision or If-Match guards against a stale read")
    ResponseEntity<EhcPlan> save(@PathVariable String id, @RequestBody PlanContent body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (body.items() == null) {
            throw InvalidInput.of("items", "Send the plan's items, an empty list for an empty plan");
        }
        Integer revision = body.revision() != null ? body.revision() : revision(ifMatch);
        EhcPlan plan = plans.save(id, body.items(), revision);
        return ResponseEntity.ok().eTag("\"" + plan.revision() + "\"").body(plan);
    }

    @PutMapping(path = "/placement", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Name the setting in section I of the working copy; a bad URN is 400 on the urn field")
    ResponseEntity<EhcPlan> place(@PathVariable String id, @RequestBody PlacementContent body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Placement placement = PlacementInput.read(body.urn(), body.settingType(), body.settingName());
        EhcPlan plan = plans.place(id, placement, body.revision() != null ? body.revision() : revision(ifMatch));
        return ResponseEntity.ok().eTag("\"" + plan.revision() + "\"").body(plan);
    }

    @GetMapping("/versions")
    List<PlanVersion> versions(@PathVariable String id) {
        return plans.versions(id);
    }

    @GetMapping("/versions/{version}")
    EhcPlan version(@PathVariable String id, @PathVariable int version) {
        return plans.version(id, version);
    }

    @GetMapping("/changes")
    @Operation(summary = "What changed between two versions; 0 is the working copy")
    List<PlanChange> changes(@PathVariable String id, @RequestParam int from, @RequestParam int to) {
        return plans.compare(id, from, to);
    }

    private static Integer revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("If-Match", "If-Match must be the plan revision from its ETag");
        }
    }
}
