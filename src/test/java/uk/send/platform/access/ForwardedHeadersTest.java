package uk.send.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import uk.send.platform.support.SendServerTest;
import uk.send.platform.support.TestUsers;

/**
 * Issue 16, findings 3 and 9, through the real web server: forwarded headers are believed only from configured
 * proxies, so they neither lift the sign-in lockout nor steer a redirect; behind a trusted TLS proxy the session
 * cookie is Secure.
 */
class ForwardedHeadersTest {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Signs in through the form; returns the response to the POST. */
    static HttpResponse<String> signIn(int port, String username, String password, String... headers)
            throws Exception {
        HttpResponse<String> page = HTTP.send(request(port, "/sign-in", headers).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        return HTTP.send(request(port, "/sign-in", headers).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder request(int port, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Nested
    @SendServerTest
    class With_no_proxy_trusted {

        @LocalServerPort int port;
        @Autowired TestUsers users;

        @Test
        void a_forged_x_forwarded_for_does_not_lift_the_sign_in_lockout() throws Exception {
            var caseworker = users.create("CASEWORKER");
            for (int i = 0; i < 5; i++) {
                signIn(port, caseworker.username(), "wrong-password-" + i, "X-Forwarded-For", "203.0.113." + i);
            }
            HttpResponse<String> right = signIn(port, caseworker.username(), TestUsers.PASSWORD,
                    "X-Forwarded-For", "198.51.100.77");
            assertThat(right.headers().firstValue("Location").orElse("")).endsWith("/sign-in?error");
        }

        @Test
        void a_forged_x_forwarded_host_does_not_steer_the_redirect_to_sign_in() throws Exception {
            HttpResponse<String> response = HTTP.send(request(port, "/cases", "X-Forwarded-Host", "evil.example",
                    "X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example")
                    .startsWith("http://127.0.0.1:" + port);
        }

        @Test
        void the_session_cookie_is_not_marked_secure_for_a_forged_https_header() throws Exception {
            var caseworker = users.create("CASEWORKER");
            HttpResponse<String> signedIn = signIn(port, caseworker.username(), TestUsers.PASSWORD,
                    "X-Forwarded-Proto", "https");
            List<String> cookies = signedIn.headers().allValues("Set-Cookie");
            assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID="))
                    .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));
        }
    }

    @Nested
    @SendServerTest
    @TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")
    class Behind_a_trusted_tls_proxy {

        @LocalServerPort int port;
        @Autowired TestUsers users;

        @Test
        void the_session_cookie_is_secure_when_the_proxy_says_https() throws Exception {
            var caseworker = users.create("CASEWORKER");
            HttpResponse<String> signedIn = signIn(port, caseworker.username(), TestUsers.PASSWORD,
                    "X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.20");
            assertThat(signedIn.headers().allValues("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("Secure"));
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith("https://");
        }
    }
}
