package uk.send.platform.access;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.kernel.SecurityRoutes;
import uk.send.platform.support.SendIntegrationTest;

/** A module opens its own public page and public API by contributing routes; everything else stays closed. */
@SendIntegrationTest
@Import(SecurityRoutesTest.LeafletModule.class)
class SecurityRoutesTest {

    @Autowired MockMvc mvc;

    @Test
    void a_page_a_module_opens_is_seen_without_signing_in() throws Exception {
        mvc.perform(get("/leaflets/short-breaks")).andExpect(status().isOk()).andExpect(content().string("leaflet"))
                .andExpect(header().exists("Content-Security-Policy"));
    }

    @Test
    void an_api_a_module_opens_is_read_without_credentials_from_any_origin() throws Exception {
        mvc.perform(get("/api/leaflets/services").header("Origin", "https://directory.example.org"))
                .andExpect(status().isOk()).andExpect(content().string("services"))
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(options("/api/leaflets/services").header("Origin", "https://directory.example.org")
                        .header("Access-Control-Request-Method", "GET"))
                .andExpect(status().isOk()).andExpect(header().string("Access-Control-Allow-Origin", "*"));
    }

    @Test
    void paths_no_module_opened_still_need_signing_in_or_credentials() throws Exception {
        for (String page : List.of("/leaflets-admin", "/children", "/")) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        }
        for (String api : List.of("/api/v1/cases", "/api/v1/leaflets/services", "/api/leaflets-private")) {
            mvc.perform(get(api)).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/cases").header("Origin", "https://directory.example.org"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    /** A module that publishes a leaflet page and a public directory API, as the Local Offer will. */
    @TestConfiguration(proxyBeanMethods = false)
    static class LeafletModule {

        @Bean
        SecurityRoutes leafletPages() {
            return SecurityRoutes.publicPages("/leaflets/**");
        }

        @Bean
        SecurityRoutes leafletApi() {
            return SecurityRoutes.publicApi("/api/leaflets/**");
        }

        @Bean
        LeafletController leafletController() {
            return new LeafletController();
        }
    }

    @RestController
    static class LeafletController {

        @GetMapping("/leaflets/short-breaks")
        String leaflet() {
            return "leaflet";
        }

        @GetMapping("/api/leaflets/services")
        String services() {
            return "services";
        }

        @GetMapping({"/leaflets-admin", "/api/leaflets-private"})
        String closed() {
            return "closed";
        }
    }
}
