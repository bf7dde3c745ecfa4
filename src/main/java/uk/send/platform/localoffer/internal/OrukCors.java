package uk.send.platform.localoffer.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * ORUK's compliance rule: every response of the API carries {@code Access-Control-Allow-Origin: *}, also when the
 * request has no Origin header (the access module's CORS answers only cross-origin requests) and on errors.
 */
@Configuration
class OrukCors {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> orukAllowAnyOrigin() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Access-Control-Allow-Origin", "*");
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/api/oruk", "/api/oruk/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
