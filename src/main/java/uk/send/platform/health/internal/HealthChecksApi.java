package uk.send.platform.health.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.send.platform.health.AnnualHealthChecks;
import uk.send.platform.health.HealthCheckImport;
import uk.send.platform.health.HealthCheckUptake;

/** Annual health checks over JSON: the CSV import of GP practices' counts and the uptake per financial year. */
@RestController
@RequestMapping("/api/v1/health/annual-health-checks")
@Tag(name = "Annual health checks", description = "GP practices' counts for people aged 14+ with a learning disability")
class HealthChecksApi {

    private final AnnualHealthChecks checks;

    HealthChecksApi(AnnualHealthChecks checks) {
        this.checks = checks;
    }

    @PostMapping(path = "/imports", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a CSV file (columns practice_code, practice_name, month, register_14_plus, "
            + "checks_completed): all rows or none; 400 names each bad row")
    HealthCheckImport importCsv(@RequestBody(required = false) byte[] body) {
        return checks.importCsv(body);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    HealthCheckImport importFile(@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        return checks.importCsv(file == null ? null : file.getBytes());
    }

    @GetMapping("/uptake")
    @Operation(summary = "Uptake in the financial year starting 1 April of year (default: the current one)")
    HealthCheckUptake uptake(@RequestParam(required = false) Integer year) {
        return checks.uptake(year == null ? checks.currentFinancialYear() : year);
    }
}
