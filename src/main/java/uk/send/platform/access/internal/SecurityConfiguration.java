package uk.send.platform.access.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import uk.send.platform.access.Actions;
import uk.send.platform.kernel.SecurityRoutes;

/**
 * Three doors: the public API that modules open (no credentials, stateless, CORS-open reads), the API (HTTP Basic or
 * Bearer token, stateless, so no session cookie is honoured and CSRF cannot apply) and the pages (form sign-in,
 * session, CSRF on). Which paths need no sign-in is not written here: each module contributes its own as a
 * {@link SecurityRoutes} bean ({@link PublicRoutes} gathers them). Security headers on all three.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
            + "object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider throttledAuthenticationProvider(SignedInUsers users, PasswordEncoder passwords,
            SignInThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, passwords, throttle);
    }

    /** Paths that are no module's: the health check for load balancers and the OpenAPI description of the API. */
    @Bean
    SecurityRoutes platformRoutes() {
        return SecurityRoutes.publicPages("/actuator/health", "/v3/api-docs", "/v3/api-docs/**");
    }

    @Bean
    @Order(1)
    SecurityFilterChain publicApi(HttpSecurity http, PublicRoutes routes) throws Exception {
        String[] paths = routes.api();
        RequestMatcher none = request -> false;
        (paths.length == 0 ? http.securityMatcher(none) : http.securityMatcher(paths))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .cors(c -> c.configurationSource(openReads(paths)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ThrottledAuthenticationProvider provider, ApiTokens tokens,
            SignedInUsers users, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationProvider(provider)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/admin/access-log/**").hasAuthority(Actions.ACCESS_LOG_READ)
                        .requestMatchers("/api/v1/admin/tokens/**").hasAuthority(Actions.TOKENS_MANAGE)
                        .requestMatchers("/api/v1/admin/**").hasAuthority(Actions.USERS_MANAGE)
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) ->
                        problems.write(res, 401, "Unauthorised", "Sign in with HTTP Basic or an API token")))
                .addFilterBefore(new BearerTokenFilter(tokens, users, problems), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) ->
                                problems.write(res, 401, "Unauthorised", "Sign in with HTTP Basic or an API token"))
                        .accessDeniedHandler((req, res, ex) ->
                                problems.write(res, 403, "Forbidden", "You are not allowed to do this")))
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, ThrottledAuthenticationProvider provider, PublicRoutes routes,
            SignedInUsers users) throws Exception {
        String[] open = routes.pages();
        http.authenticationProvider(provider)
                .addFilterAfter(new SessionFreshness(users), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> (open.length == 0 ? a : a.requestMatchers(open).permitAll())
                        .requestMatchers("/admin/access-log/**").hasAuthority(Actions.ACCESS_LOG_READ)
                        .requestMatchers("/admin/tokens/**").hasAuthority(Actions.TOKENS_MANAGE)
                        .requestMatchers("/admin/**").hasAuthority(Actions.USERS_MANAGE)
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .defaultSuccessUrl("/", false).failureUrl("/sign-in?error").permitAll())
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(this::headers);
        return http.build();
    }

    /** Any origin may read a public API path (GET, HEAD and the browser's preflight); nothing else is shared. */
    private static UrlBasedCorsConfigurationSource openReads(String[] paths) {
        CorsConfiguration reads = new CorsConfiguration();
        reads.addAllowedOrigin("*");
        reads.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        reads.addAllowedHeader("*");
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        for (String path : paths) {
            source.registerCorsConfiguration(path, reads);
        }
        return source;
    }

    private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()"));
    }
}
