package uk.send.platform.timelimits.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.access.AccessControl;
import uk.send.platform.timelimits.StatutoryRules;

/** The statutory rules over JSON, and the bank holiday list for administrators. */
@RestController
@Tag(name = "Time limits")
class RulesApi {

    private final StatutoryRules rules;
    private final AccessControl access;

    RulesApi(StatutoryRules rules, AccessControl access) {
        this.rules = rules;
        this.access = access;
    }

    record RuleView(String key, String title, String citation, String limit, LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    @GetMapping("/api/v1/rules")
    List<RuleView> rules() {
        return rules.ruleBook().rules().stream()
                .map(r -> new RuleView(r.key(), r.title(), r.citation(), r.limit().describe(), r.effectiveFrom(), r.effectiveTo()))
                .toList();
    }

    @GetMapping("/api/v1/bank-holidays")
    List<LocalDate> bankHolidays() {
        return List.copyOf(rules.bankHolidays().dates());
    }

    /** Body: gov.uk's bank-holidays.json as published. */
    @PutMapping(path = "/api/v1/admin/bank-holidays", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> replace(@RequestBody byte[] body) {
        var holidays = rules.replaceBankHolidays(new ByteArrayInputStream(body), access.requireUser().username());
        return Map.of("dates", holidays.dates().size(), "firstYear", holidays.firstYearCovered(),
                "lastYear", holidays.lastYearCovered());
    }
}
