package uk.send.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.send.platform.localoffer.DirectoryLoading;
import uk.send.platform.localoffer.Organisation;
import uk.send.platform.localoffer.Pathway;
import uk.send.platform.localoffer.Pathways;
import uk.send.platform.localoffer.ServiceContent;
import uk.send.platform.localoffer.ServiceContent.LocationContent;
import uk.send.platform.localoffer.ServiceContent.ScheduleContent;
import uk.send.platform.localoffer.Taxonomy;
import uk.send.platform.localoffer.TaxonomyTerm;
import uk.send.platform.support.Browser;
import uk.send.platform.support.BrowserTest;
import uk.send.platform.support.TestUsers;

@BrowserTest
class LocalOfferBrowserIT {

    static final String NEEDS = "5b0c3a3e-0000-4000-8000-000000000001";
    static final String TYPES = "5b0c3a3e-0000-4000-8000-000000000002";
    static final String AUTISM = "5b0c3a3e-0000-4000-8000-000000000011";
    static final String LEISURE = "5b0c3a3e-0000-4000-8000-000000000012";

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired DirectoryLoading loading;
    @Autowired Pathways pathways;

    String org;
    String service;

    @BeforeEach
    void a_directory() {
        loading.saveTaxonomy(new Taxonomy(NEEDS, "SEND needs", "Needs", null, "1"));
        loading.saveTaxonomy(new Taxonomy(TYPES, "Service types", "Types", null, "1"));
        loading.saveTerm(new TaxonomyTerm(AUTISM, NEEDS, null, "autism", "Autism", "Autism", null));
        loading.saveTerm(new TaxonomyTerm(LEISURE, TYPES, null, "leisure", "Leisure and activities", "Leisure", null));
        // fixed ids: each test starts from the same published entry (an earlier test's approved rename is undone)
        org = "5b0c3a3e-0000-4000-8000-000000000031";
        service = "5b0c3a3e-0000-4000-8000-000000000032";
        loading.saveOrganisation(new Organisation(org, "Platypus Play Trust", "Play for every child", "hi@platypus.example.org", null));
        loading.publish(service, org, new ServiceContent("Platypus Sensory Play", "Sensory play for young children with additional "
                + "needs, with lights, textures and soft play in a calm and safe space.", "https://platypus.example.org/play",
                "play@platypus.example.org", "01823 355123", "active", null, true, 0, 5, "Children under five who live in the area",
                "Just come along with a parent or carer.", null, List.of(AUTISM, LEISURE),
                List.of(new LocationContent("5b0c3a3e-0000-4000-8000-000000000041", "5b0c3a3e-0000-4000-8000-000000000042",
                        "physical", "Platypus Family Hub", null, "3 Priory Road",
                        "Taunton", "Somerset", "TA1 3AB", 51.016, -3.101, "Step-free access and a Changing Places toilet")),
                List.of(new ScheduleContent("5b0c3a3e-0000-4000-8000-000000000043", "WE", "10:00", "11:30", null)), List.of()), "test", null);
        pathways.save(new Pathway("5b0c3a3e-0000-4000-8000-000000000021", "platypus-steps", "Getting help at school",
                "What to do if you think your child has special educational needs.", "parents and carers",
                LocalDate.of(2026, 9, 1), List.of(new Pathway.Step(1, "Talk to the school", "Ask to meet the SENCo.", AUTISM),
                        new Pathway.Step(2, "Agree SEN support", "Assess, plan, do and review.", null))));
    }

    @Test
    void a_family_finds_a_service_reads_a_pathway_and_comments_on_accessible_pages_at_desktop_and_phone_widths() {
        try (Browser browser = new Browser(port)) {
            for (int width : new int[] {0, 320}) {
                String suffix = width == 0 ? "" : "-320";
                browser.viewportWidth(width);
                browser.open("/local-offer").assertAccessible().screenshot("local-offer-search" + suffix);
                assertThat(browser.heading()).isEqualTo("Find services for children and young people with SEND");
                browser.type("q", "platypus").select("need", AUTISM).type("age", "3").type("postcode", "TA1 1AA")
                        .select("day", "WE").press("Search");
                assertThat(browser.text()).contains("1 service found").contains("Platypus Sensory Play").contains("Ages 0 to 5")
                        .contains("miles away");
                browser.assertAccessible().screenshot("local-offer-results" + suffix);
                if (width > 0) {
                    assertThat(browser.pageWidth()).isLessThanOrEqualTo(width);
                }
                browser.follow("Platypus Sensory Play");
                assertThat(browser.heading()).isEqualTo("Platypus Sensory Play");
                assertThat(browser.text()).contains("Who it is for").contains("Wednesday").contains("10am to 11:30am")
                        .contains("3 Priory Road, Taunton, TA1 3AB").contains("Free").contains("01823 355123");
                browser.assertAccessible().screenshot("local-offer-service" + suffix);
                if (width > 0) {
                    assertThat(browser.pageWidth()).isLessThanOrEqualTo(width);
                }
                browser.open("/local-offer").type("postcode", "ZZ9").press("Search");
                assertThat(browser.text()).contains("There is a problem").contains("Enter a postcode in");
                browser.assertAccessible();

                browser.open("/local-offer/pathways").assertAccessible();
                browser.follow("Getting help at school").assertAccessible().screenshot("local-offer-pathway" + suffix);
                assertThat(browser.text()).contains("Step 1").contains("Talk to the school");
                if (width > 0) {
                    assertThat(browser.pageWidth()).isLessThanOrEqualTo(width);
                }
                browser.open("/local-offer/comments").assertAccessible();
                browser.open("/local-offer/comments/new?service=" + service).assertAccessible();
                browser.press("Send comment");
                assertThat(browser.text()).contains("Enter your comment");
                browser.assertAccessible();
                browser.type("body", "More sessions in the school holidays, please.").press("Send comment");
                assertThat(browser.heading()).isEqualTo("Comment sent");
                browser.assertAccessible();
            }
        }
    }

    @Test
    void an_editor_changes_their_service_and_an_officer_approves_it_on_accessible_pages() {
        var editor = users.create("LOCAL_OFFER_EDITOR");
        loading.addEditor(org, editor.username());
        var officer = users.create("LOCAL_OFFER_OFFICER");
        try (Browser browser = new Browser(port)) {
            browser.signIn(editor.username(), TestUsers.PASSWORD);
            browser.open("/local-offer/manage").assertAccessible();
            browser.follow("Platypus Play Trust").assertAccessible().screenshot("local-offer-organisation");
            browser.follow("Platypus Sensory Play").assertAccessible().screenshot("local-offer-manage-service");
            browser.follow("Change this service").assertAccessible().screenshot("local-offer-form");
            browser.type("email", "not an email").press("Send for approval");
            assertThat(browser.text()).contains("There is a problem").contains("Enter an email address in the correct format");
            browser.assertAccessible();
            browser.type("email", "play@platypus.example.org").type("name", "Platypus Sensory Playtime").press("Send for approval");
            assertThat(browser.text()).contains("sent for approval");
            browser.assertAccessible();
            browser.open("/local-offer/services/" + service);
            assertThat(browser.heading()).isEqualTo("Platypus Sensory Play");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(officer.username(), TestUsers.PASSWORD);
            browser.open("/local-offer/manage").assertAccessible().screenshot("local-offer-officer");
            browser.open("/local-offer/manage/changes").assertAccessible();
            browser.follow("Platypus Sensory Playtime").assertAccessible().screenshot("local-offer-change");
            browser.press("Approve and publish");
            assertThat(browser.text()).contains("Platypus Sensory Playtime has been published");
            browser.open("/local-offer/services/" + service);
            assertThat(browser.heading()).isEqualTo("Platypus Sensory Playtime");
            for (String page : new String[] {"/local-offer/manage/quality", "/local-offer/manage/overdue",
                    "/local-offer/manage/import", "/local-offer/manage/comments", "/local-offer/manage/services/" + service}) {
                browser.open(page).assertAccessible();
            }
            browser.open("/local-offer/manage/import").press("Import");
            assertThat(browser.text()).contains("Choose an Open Referral UK JSON file");
            browser.assertAccessible();
        }
    }
}
