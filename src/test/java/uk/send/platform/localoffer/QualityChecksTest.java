package uk.send.platform.localoffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.send.platform.localoffer.ServiceContent.LocationContent;
import uk.send.platform.localoffer.internal.ContentRules;
import uk.send.platform.localoffer.internal.QualityReport;

/** The ORUK semantic audit's checks, shown to editors. */
class QualityChecksTest {

    static ServiceContent service(String description, String email, String url, String phone, List<String> terms) {
        return new ServiceContent("Otter Club", description, url, email, phone, "active", null, true, 5, 11, null, null, null,
                terms, List.of(new LocationContent(null, null, "physical", "Hall", null, "1 Road", "Taunton", null, "TA1 1AA",
                        51.0, -3.1, null)), List.of(), List.of());
    }

    @Test
    void a_complete_entry_has_no_findings() {
        assertThat(QualityReport.of(service("A weekly club for children who find busy clubs hard.", "club@otter.example.org",
                "https://otter.example.org", "01823 355000", List.of("t1")), Set.of("t1"))).isEmpty();
    }

    @Test
    void short_descriptions_missing_contacts_and_unmatched_terms_are_found() {
        assertThat(QualityReport.of(service("Otter club for kids.", null, null, null, List.of("t9")), Set.of("t1")))
                .containsExactly("DESCRIPTION_SHORT", "NO_CONTACT", "UNKNOWN_TERM");
    }

    @Test
    void invalid_emails_urls_and_phone_numbers_are_found() {
        assertThat(QualityReport.of(service("A weekly club for children who find busy clubs hard.", "club@otter",
                "otter.example.org", "0182 33", List.of("t1")), Set.of("t1")))
                .containsExactly("INVALID_EMAIL", "INVALID_URL", "INVALID_PHONE");
        assertThat(QualityReport.of(service("A weekly club for children who find busy clubs hard.", "a.b@otter.example.org",
                "http://otter.example.org/x?y=1", "+44 (0)1823 355000".replace("(0)", ""), List.of("t1")), Set.of("t1"))).isEmpty();
    }

    @Test
    void ids_that_are_not_uuids_become_stable_uuids_and_uuids_are_kept() {
        assertThat(ContentRules.uuid("service-42")).isEqualTo(ContentRules.uuid("service-42")).matches("[0-9a-f-]{36}");
        assertThat(ContentRules.uuid("AC148810-D857-441C-9679-408F346DE14B")).isEqualTo("ac148810-d857-441c-9679-408f346de14b");
    }
}
