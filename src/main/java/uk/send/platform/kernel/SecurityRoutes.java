package uk.send.platform.kernel;

import java.util.List;

/**
 * Paths a module opens to people who have not signed in, contributed as a bean; the access module builds its
 * security chains from every contribution, so a module adds its own public pages or public API without editing
 * access. Everything not contributed needs a signed-in user (pages) or credentials (API).
 * <ul>
 * <li>{@code publicPages}: pages anyone may see (sign-in, static assets, error pages; later the Local Offer and
 * one-time survey links). They keep the pages' session, CSRF protection and security headers.</li>
 * <li>{@code publicApi}: API paths that need no credentials (later {@code /api/oruk/**}): stateless, no CSRF, open to
 * reads from any origin (CORS).</li>
 * </ul>
 * Patterns are Spring path patterns starting with "/", such as {@code /css/**}. It lives in the shared kernel, not in
 * access, so that any module (web included, which access itself uses) can contribute without a cycle.
 */
public record SecurityRoutes(List<String> publicPages, List<String> publicApi) {

    public SecurityRoutes {
        publicPages = checked(publicPages);
        publicApi = checked(publicApi);
    }

    public static SecurityRoutes publicPages(String... patterns) {
        return new SecurityRoutes(List.of(patterns), List.of());
    }

    public static SecurityRoutes publicApi(String... patterns) {
        return new SecurityRoutes(List.of(), List.of(patterns));
    }

    private static List<String> checked(List<String> patterns) {
        List<String> copy = patterns == null ? List.of() : List.copyOf(patterns);
        if (copy.stream().anyMatch(p -> !p.startsWith("/"))) {
            throw new IllegalArgumentException("A route pattern starts with /: " + copy);
        }
        return copy;
    }

}
