package uk.send.platform.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import uk.send.platform.access.Actions;

/**
 * Two doors: the API (HTTP Basic or Bearer token, stateless, so no session cookie is honoured and CSRF cannot
 * apply) and the pages (form sign-in, session, CSRF on). Security headers on both.
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

    @Bean
    @Order(1)
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
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ThrottledAuthenticationProvider provider) throws Exception {
        http.authenticationProvider(provider)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/assets/**", "/govuk/**", "/js/**", "/css/**", "/favicon.ico", "/sign-in",
                                "/error", "/accessibility", "/privacy", "/actuator/health", "/v3/api-docs",
                                "/v3/api-docs/**").permitAll()
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

    private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()"));
    }
}
