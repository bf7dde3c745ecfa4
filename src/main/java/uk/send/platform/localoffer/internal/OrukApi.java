package uk.send.platform.localoffer.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;
import uk.send.platform.localoffer.PublishedService;
import uk.send.platform.localoffer.SearchQuery;
import uk.send.platform.localoffer.Taxonomy;

/**
 * The Open Referral UK 3.0 API: the nine GET endpoints of the UK profile under the base path {@code /api/oruk}, public, no key, with the
 * profile's paging wrapper ({@code page} from 1, {@code per_page}) and filters. CORS comes from the access module's
 * public API chain and {@link OrukCors}.
 */
@RestController
@RequestMapping(path = "/api/oruk", produces = MediaType.APPLICATION_JSON_VALUE)
@Transactional(readOnly = true)
class OrukApi {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;
    private static final Map<String, String> DAYS = Map.ofEntries(Map.entry("monday", "MO"), Map.entry("tuesday", "TU"),
            Map.entry("wednesday", "WE"), Map.entry("thursday", "TH"), Map.entry("friday", "FR"),
            Map.entry("saturday", "SA"), Map.entry("sunday", "SU"));

    private final DirectoryStore store;

    OrukApi(DirectoryStore store) {
        this.store = store;
    }

    @GetMapping({"", "/"})
    Map<String, Object> about(jakarta.servlet.http.HttpServletRequest request) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", "3.0");
        m.put("profile", "https://github.com/openreferral/uk-profile");
        String base = request.getRequestURL().toString().replaceAll("/api/oruk/?$", "");
        m.put("openapi_url", base + "/v3/api-docs");
        return m;
    }

    @GetMapping("/services")
    Map<String, Object> services(@RequestParam Map<String, String> params) {
        SearchQuery query = query(params, false);
        Paged<String> ids = store.searchIds(query, page(params), perPage(params));
        return OrukJson.page(ids, id -> OrukJson.serviceSummary(load(id)));
    }

    @GetMapping("/services/{id}")
    Map<String, Object> service(@PathVariable String id) {
        return OrukJson.service(load(id));
    }

    @GetMapping("/service_at_locations")
    Map<String, Object> serviceAtLocations(@RequestParam Map<String, String> params) {
        SearchQuery query = query(params, true);
        Paged<DirectoryStore.SalRow> rows = store.serviceAtLocations(query, page(params), perPage(params));
        Map<String, PublishedService> services = new HashMap<>();
        return OrukJson.page(rows, r -> {
            PublishedService s = services.computeIfAbsent(r.serviceId(), this::load);
            var location = s.content().locations().stream().filter(l -> l.serviceAtLocationId().equals(r.id())).findFirst()
                    .orElseThrow();
            Map<String, Object> m = OrukJson.serviceAtLocation(s.id(), location, false);
            m.put("service", OrukJson.serviceSummary(s));
            return m;
        });
    }

    @GetMapping("/service_at_locations/{id}")
    Map<String, Object> serviceAtLocation(@PathVariable String id) {
        DirectoryStore.SalRow row = store.serviceAtLocation(id).orElseThrow(() -> new RecordNotFound("Service at location " + id));
        PublishedService s = load(row.serviceId());
        var location = s.content().locations().stream().filter(l -> l.serviceAtLocationId().equals(id)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Service at location " + id));
        Map<String, Object> m = OrukJson.serviceAtLocation(s.id(), location, true);
        Map<String, Object> service = OrukJson.service(s);
        service.remove("service_at_locations");
        m.put("service", service);
        return m;
    }

    @GetMapping("/taxonomies")
    Map<String, Object> taxonomies(@RequestParam Map<String, String> params) {
        return OrukJson.page(store.taxonomies(page(params), perPage(params)), OrukJson::taxonomy);
    }

    @GetMapping("/taxonomies/{id}")
    Map<String, Object> taxonomy(@PathVariable String id) {
        Taxonomy t = store.taxonomy(id).orElseThrow(() -> new RecordNotFound("Taxonomy " + id));
        return OrukJson.taxonomy(t);
    }

    @GetMapping("/taxonomy_terms")
    Map<String, Object> terms(@RequestParam Map<String, String> params) {
        String taxonomyId = blank(params.get("taxonomy_id"));
        var page = store.terms(taxonomyId, page(params), perPage(params));
        Map<String, String> names = taxonomyNames();
        return OrukJson.page(page, t -> OrukJson.term(t, names));
    }

    @GetMapping("/taxonomy_terms/{id}")
    Map<String, Object> term(@PathVariable String id) {
        return OrukJson.term(store.term(id).orElseThrow(() -> new RecordNotFound("Taxonomy term " + id)), taxonomyNames());
    }

    private Map<String, String> taxonomyNames() {
        Map<String, String> names = new HashMap<>();
        store.taxonomies(0, Paged.MAX_SIZE).items().forEach(t -> names.put(t.id(), t.name()));
        return names;
    }

    private PublishedService load(String id) {
        return store.published(id).orElseThrow(() -> new RecordNotFound("Service " + id));
    }

    private SearchQuery query(Map<String, String> p, boolean withPlace) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        Double minAge = number(p, "minimum_age", problems);
        Double maxAge = number(p, "maximum_age", problems);
        String day = blank(p.get("day"));
        if (day != null) {
            String d = day.toLowerCase(Locale.ROOT);
            day = DAYS.containsKey(d) ? DAYS.get(d) : d.toUpperCase(Locale.ROOT);
            if (!SearchQuery.DAYS.contains(day)) {
                problems.add(new FieldProblem("day", "day must be a day of the week, such as MO or monday"));
            }
        }
        String from = time(p, "start_time", problems);
        String until = time(p, "end_time", problems);
        Double lat = null;
        Double lon = null;
        Integer radius = null;
        if (withPlace) {
            String proximity = blank(p.get("proximity"));
            if (proximity != null) {
                try {
                    radius = (int) Math.round(Double.parseDouble(proximity));
                    if (radius < 0) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem("proximity", "proximity must be a distance in metres"));
                }
            }
            String postcode = blank(p.get("postcode"));
            if (postcode != null) {
                var point = store.postcodePoint(postcode);
                if (point.isPresent()) {
                    lat = point.get()[0];
                    lon = point.get()[1];
                } else {
                    problems.add(new FieldProblem("postcode", "The postcode is not one this directory knows"));
                }
            } else if (proximity != null) {
                problems.add(new FieldProblem("postcode", "proximity needs a postcode"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new SearchQuery(blank(p.get("search")), java.util.Collections.singletonList(blank(p.get("taxonomy_term_id"))), blank(p.get("taxonomy_id")), null,
                minAge, maxAge, lat, lon, radius, false, day, from, until, false, false, null);
    }

    private static int page(Map<String, String> p) {
        String v = blank(p.get("page"));
        if (v == null) {
            return 0;
        }
        try {
            int page = Integer.parseInt(v);
            if (page < 0) {
                throw new NumberFormatException();
            }
            return Math.max(page, 1) - 1; // page 0, which some clients send for the first page, is page 1
        } catch (NumberFormatException e) {
            throw InvalidInput.of("page", "page must be a whole number from 1");
        }
    }

    private static int perPage(Map<String, String> p) {
        String v = blank(p.get("per_page"));
        if (v == null) {
            return DEFAULT_PER_PAGE;
        }
        try {
            int size = Integer.parseInt(v);
            if (size < 1 || size > MAX_PER_PAGE) {
                throw new NumberFormatException();
            }
            return size;
        } catch (NumberFormatException e) {
            throw InvalidInput.of("per_page", "per_page must be a whole number from 1 to " + MAX_PER_PAGE);
        }
    }

    private static Double number(Map<String, String> p, String name, List<FieldProblem> problems) {
        String v = blank(p.get(name));
        if (v == null) {
            return null;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, name + " must be a number"));
            return null;
        }
    }

    private static String time(Map<String, String> p, String name, List<FieldProblem> problems) {
        String v = blank(p.get(name));
        if (v == null) {
            return null;
        }
        try {
            LocalTime t = LocalTime.parse(v);
            return String.format("%02d:%02d", t.getHour(), t.getMinute());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, name + " must be a time like 09:30"));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
