package uk.send.platform.web.internal;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.send.platform.kernel.SecurityRoutes;

/**
 * Serves GOV.UK Frontend from its WebJar (the CSS asks for /assets/fonts and /assets/images) and the service's own
 * CSS and JavaScript. These are the only static resources: Spring Boot's catch-all mapping of every path to the
 * static folders is off (spring.web.resources.add-mappings=false), so resolving a page's links never searches the
 * jar for resources that are not there (which cost the caseload page most of its time).
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private static final String GOVUK = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

    /** What anyone may see before signing in: these resources, the sign-in page, error pages and the statements. */
    @Bean
    SecurityRoutes webRoutes() {
        return SecurityRoutes.publicPages("/assets/**", "/govuk/**", "/js/**", "/css/**", "/favicon.ico", "/sign-in",
                "/error", "/accessibility", "/privacy");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK + "assets/").setCacheControl(week);
        registry.addResourceHandler("/govuk/**").addResourceLocations(GOVUK).setCacheControl(week);
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").setCacheControl(week);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").setCacheControl(week);
        registry.addResourceHandler("/favicon.ico").addResourceLocations(GOVUK + "assets/rebrand/images/")
                .setCacheControl(week);
    }
}
