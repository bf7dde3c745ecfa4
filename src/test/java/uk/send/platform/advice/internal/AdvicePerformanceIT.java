package uk.send.platform.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** The figures, exports and monthly report equal the hand-computed March 2024; on H2 and PostgreSQL. */
@SendIntegrationTest
class AdvicePerformanceIT {

    @Autowired JdbcClient jdbc;
    @Autowired PartnerServices services;
    @Autowired AdvicePerformance performance;
    @Autowired MonthlyReports reports;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Value("${send.local-authority}") String la;

    static PartnerService service;

    @BeforeEach
    void fixture() {
        if (service == null) {
            String code = "fixture-" + UUID.randomUUID().toString().substring(0, 8);
            services.insertIfAbsent(code, "Fixture therapy " + code, AdviceKind.HEALTH, null, false);
            service = services.byCode(code).orElseThrow();
            MarchFixture.insert(jdbc, la, service.id());
        }
    }

    @Test
    void the_service_month_from_the_database_equals_the_hand_computed_figures() {
        List<ServiceMonth> rows = performance.month(MarchFixture.MONTH, List.of(service), true, MarchFixture.AS_OF);
        ServiceMonth march = rows.get(0);

        assertThat(march.due()).isEqualTo(6);
        assertThat(march.onTime()).isEqualTo(2);
        assertThat(march.late()).isEqualTo(4);
        assertThat(march.overdue()).isEqualTo(1);
        assertThat(march.lateExcused()).isEqualTo(1);
        assertThat(march.averageDaysLate()).isEqualByComparingTo(new BigDecimal("10.3"));
        assertThat(march.childrenAffected()).isEqualTo(4);
        assertThat(march.plansDelayed()).isEqualTo(2);
        assertThat(rows.get(1).serviceName()).isEqualTo(AdvicePerformance.ALL_SERVICES);
        assertThat(rows.get(1).due()).isEqualTo(6);
    }

    @Test
    void the_monthly_report_renders_as_a_pdf_with_the_figures_and_turns_into_an_image() throws Exception {
        byte[] pdf = new ReportRenderer(new uk.send.platform.documents.PdfDocuments(templates())).pdf(reports.report(service, MarchFixture.MONTH, MarchFixture.AS_OF));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "advice-report-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Advice timeliness: " + service.name())
                    .contains("Report for March 2024. Figures as at 15 April 2024.")
                    .contains("Of the 6 advice requests due in March 2024, 2 were returned within 6 weeks")
                    .contains("33.3%").contains("10.3")
                    .contains("4 were late, affecting 4 children; 2 children's EHC plans missed the 20-week time limit")
                    .contains("Missed appointment (reg 8(2)(c))");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 50);
            assertThat(page.getWidth()).isGreaterThan(300);
        }
    }

    @Test
    void a_board_member_reads_the_figures_but_not_the_requests_behind_them_and_a_listed_request_is_logged()
            throws Exception {
        var board = users.create("BOARD_MEMBER");
        mvc.perform(get("/api/v1/advice/performance?month=2024-03").with(board.basic())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/advice/performance/2024-03/" + service.code() + "/requests").with(board.basic()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/advice/performance/2024-03/" + service.code()).with(board.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("shown to the service's own")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Reg 8(2) reason"))));

        var admin = users.create("ADMINISTRATOR");
        long logged = jdbc.sql("select count(*) from access_log where action = ?")
                .param(AdvicePerformance.LISTED).query(Long.class).single();
        mvc.perform(get("/api/v1/advice/performance/2024-03/" + service.code() + "/requests").with(admin.basic()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(6));
        assertThat(jdbc.sql("select count(*) from access_log where action = ?")
                .param(AdvicePerformance.LISTED).query(Long.class).single()).isGreaterThan(logged);
    }

    @Test
    void a_dashboard_reader_downloads_the_figures_as_csv_and_xlsx_and_an_advice_provider_sees_only_their_service()
            throws Exception {
        var manager = users.create("TEAM_MANAGER");
        String csv = mvc.perform(get("/advice/performance/export?month=2024-03&format=csv").with(manager.signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().filter(l -> l.contains(service.name())).findFirst().orElseThrow())
                .startsWith("2024-03," + service.name() + ",6,2,3,1,0,4,1,");
        byte[] xlsx = mvc.perform(get("/advice/performance/export?month=2024-03&format=xlsx").with(manager.signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String workbook = unzipped(xlsx, "xl/workbook.xml");
        assertThat(workbook).contains("name=\"Figures\"").contains("name=\"Requests\"");
        assertThat(unzipped(xlsx, "xl/sharedStrings.xml")).contains(service.name()).contains("Children whose plans were delayed");
        mvc.perform(get("/advice/performance?month=2024-03").with(manager.signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(service.name())))
                .andExpect(content().string(containsString("advice-within-6-weeks")));

        var provider = users.create("ADVICE_PROVIDER", null, "Educational psychology");
        mvc.perform(get("/api/v1/advice/performance?month=2024-03").with(provider.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].serviceName").value("Educational psychology"));
        mvc.perform(get("/advice/performance/2024-03/" + service.code()).with(provider.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/measures/advice-within-6-weeks?from=2024-03-01&to=2024-03-31").with(provider.basic()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/advice/performance").with(users.create("CASEWORKER").signedIn()))
                .andExpect(status().isForbidden());
    }

    @Test
    void monthly_reports_are_stored_once_a_month_per_service_and_regenerated_on_demand() throws Exception {
        int first = reports.generateMissing(MarchFixture.MONTH);
        int again = reports.generateMissing(MarchFixture.MONTH);
        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(again).isZero();

        var manager = users.create("TEAM_MANAGER");
        mvc.perform(post("/advice/reports").with(manager.signedIn()).with(csrf())
                        .param("service", service.code()).param("month", "2024-03"))
                .andExpect(status().is3xxRedirection());
        Long id = jdbc.sql("select id from advice_reports where service_id = ? and report_month = ?")
                .params(service.id(), LocalDate.of(2024, 3, 1)).query(Long.class).single();
        mvc.perform(get("/advice/reports/" + id).with(manager.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/advice/reports").with(manager.signedIn())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/advice/reports?size=200").with(manager.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id==" + id + ")].month").value(org.hamcrest.Matchers.hasItem("2024-03")));
        var provider = users.create("ADVICE_PROVIDER", null, "Educational psychology");
        mvc.perform(get("/advice/reports/" + id).with(provider.signedIn())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/advice/reports").with(provider.basic())
                        .contentType("application/json").content("{\"service\":\"" + service.code() + "\",\"month\":\"2024-03\"}"))
                .andExpect(status().isBadRequest());
    }

    private static String unzipped(byte[] zip, String entry) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("advice", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (var workbook = new java.util.zip.ZipFile(file.toFile())) {
                var found = workbook.getEntry(entry);
                assertThat(found).as("entry " + entry).isNotNull();
                return new String(workbook.getInputStream(found).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Autowired org.thymeleaf.ITemplateEngine templateEngine;

    private org.thymeleaf.ITemplateEngine templates() {
        return templateEngine;
    }
}
