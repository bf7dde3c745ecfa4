package uk.send.platform.improvement.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.improvement.Improvement.Risk;
import uk.send.platform.improvement.Improvement.RiskInput;
import uk.send.platform.improvement.RiskBand;
import uk.send.platform.improvement.RiskRegister;
import uk.send.platform.kernel.Paged;

/** The risk register over JSON: score = consequence x likelihood, band from the Local Area's bands (NPSA default). */
@RestController
@RequestMapping("/api/v1/risks")
@Tag(name = "Risks", description = "The joint SEND risk register")
class RisksApi {

    private final RiskRegister register;

    RisksApi(RiskRegister register) {
        this.register = register;
    }

    @GetMapping
    Paged<Risk> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return register.list(page, size);
    }

    @PostMapping
    ResponseEntity<Risk> create(@RequestBody(required = false) RiskInput in) {
        Risk r = register.create(in);
        return ResponseEntity.created(URI.create("/api/v1/risks/" + r.id())).body(r);
    }

    @GetMapping("/{id}")
    Risk risk(@PathVariable long id) {
        return register.risk(id);
    }

    @PutMapping("/{id}")
    Risk update(@PathVariable long id, @RequestBody(required = false) RiskInput in) {
        return register.update(id, in);
    }

    @GetMapping("/bands")
    List<RiskBand> bands() {
        return register.bands();
    }

    @PutMapping("/bands")
    List<RiskBand> configure(@RequestBody(required = false) List<RiskBand> bands) {
        return register.configureBands(bands == null ? List.of() : bands);
    }
}
