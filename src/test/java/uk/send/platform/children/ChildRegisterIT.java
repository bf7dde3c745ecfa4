package uk.send.platform.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestData;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.InvalidInput;

/** The register's storage on each database the product supports (H2 and PostgreSQL). */
@SendIntegrationTest
@WithUserDetails("admin")
class ChildRegisterIT {

    @Autowired Children children;
    @Autowired JdbcClient jdbc;

    private ChildDetails details(String given, String family, String dob, String nhs) {
        return new ChildDetails(given, family, dob, "M", "WBRI", "ba4 5qx", nhs, null, null, null, "990001", null,
                true, "2020-01-01", null, List.of(new Contact("Jo " + family, "carer", "07700 900123", "jo@example.org", null, true)));
    }

    @Test
    void a_registered_child_reads_back_with_normalised_values_and_contacts() {
        String nhs = TestData.nhsNumber();
        Child child = children.register(details("Noah", "Quantock", "2014-06-30", TestData.spaced(nhs)));
        Child read = children.get(child.id());
        assertThat(read.nhsNumber()).isEqualTo(nhs);
        assertThat(read.postcode()).isEqualTo("BA4 5QX");
        assertThat(read.dateOfBirth()).isEqualTo(LocalDate.of(2014, 6, 30));
        assertThat(read.lookedAfterFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(read.contacts()).singleElement().satisfies(c -> assertThat(c.relationship()).isEqualTo("CARER"));
    }

    @Test
    void search_finds_by_name_prefix_date_of_birth_and_nhs_number_and_pages_the_results() {
        String nhs = TestData.nhsNumber();
        children.register(details("Zebedee", "Yarlingtonshire", "2013-01-15", nhs));
        for (int i = 0; i < 3; i++) {
            children.register(details("Zara" + i, "Yarlingtonshire", "2012-02-0" + (i + 1), null));
        }
        assertThat(children.search(new ChildSearch("yarlingtonsh", null, null, null), 0, 2).total()).isEqualTo(4);
        assertThat(children.search(new ChildSearch("yarlingtonsh", null, null, null), 1, 2).items()).hasSize(2);
        assertThat(children.search(new ChildSearch("zeb yarl", null, null, null), 0, 10).items())
                .extracting(Child::givenName).containsExactly("Zebedee");
        assertThat(children.search(new ChildSearch(null, LocalDate.of(2013, 1, 15), null, null), 0, 10).items())
                .extracting(Child::familyName).contains("Yarlingtonshire");
        assertThat(children.search(new ChildSearch(null, null, nhs, null), 0, 10).total()).isEqualTo(1);
        assertThat(children.search(new ChildSearch("o'%_", null, null, null), 0, 10).total()).isZero();
    }

    @Test
    void a_duplicate_nhs_number_is_refused_by_the_service_and_by_the_database() {
        String nhs = TestData.nhsNumber();
        Child first = children.register(details("Ada", "Walford", "2015-03-03", nhs));
        assertThatThrownBy(() -> children.register(details("Ada", "Walford", "2015-03-03", nhs)))
                .isInstanceOf(DuplicateChild.class)
                .satisfies(e -> assertThat(((DuplicateChild) e).existingId()).isEqualTo(first.id()));
        long held = jdbc.sql("select count(*) from children where nhs_number = ?").param(nhs).query(Long.class).single();
        assertThat(held).isEqualTo(1);
    }

    @Test
    void a_stale_update_changes_nothing() {
        Child child = children.register(details("Ivy", "Trull", "2016-07-07", null));
        children.update(child.id(), 0, details("Ivy", "Trull-Hatch", "2016-07-07", null));
        assertThatThrownBy(() -> children.update(child.id(), 0, details("Ivy", "Other", "2016-07-07", null)))
                .isInstanceOf(ConflictingChange.class);
        assertThat(children.get(child.id()).familyName()).isEqualTo("Trull-Hatch");
    }

    @Test
    void invalid_details_store_nothing() {
        long before = children.count();
        assertThatThrownBy(() -> children.register(details("", "Nobody", "2030-01-01", "1234567890")))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting("field")
                        .contains("givenName", "dateOfBirth", "nhsNumber"));
        assertThat(children.count()).isEqualTo(before);
    }
}
