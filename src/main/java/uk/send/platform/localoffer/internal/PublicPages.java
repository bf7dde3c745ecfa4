package uk.send.platform.localoffer.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.Paged;
import uk.send.platform.localoffer.Comments;
import uk.send.platform.localoffer.Directory;
import uk.send.platform.localoffer.Pathways;
import uk.send.platform.localoffer.PublishedService;
import uk.send.platform.localoffer.SearchQuery;
import uk.send.platform.localoffer.ServiceHit;
import uk.send.platform.localoffer.TaxonomyTerm;

/**
 * The public Local Offer (no sign-in): search by need, kind of service, age, distance from a postcode, cost, day and
 * time of day; a service's page; pathways; comments and the Local Area's responses. Plain GET forms, so everything
 * works without JavaScript and every search is a link that can be shared.
 */
@Controller
@RequestMapping("/local-offer")
class PublicPages {

    static final String NEEDS = "SEND needs";
    static final String KINDS = "Service types";
    static final int PAGE_SIZE = 20;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final Map<String, String> DAYS = new LinkedHashMap<>();
    static final Map<String, String> TIMES = new LinkedHashMap<>();
    static final Map<String, String> DISTANCES = new LinkedHashMap<>();

    static {
        String[] names = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        for (int i = 0; i < 7; i++) {
            DAYS.put(SearchQuery.DAYS.get(i), names[i]);
        }
        TIMES.put("morning", "Morning (before 12pm)");
        TIMES.put("afternoon", "Afternoon (12pm to 5pm)");
        TIMES.put("evening", "Evening (after 5pm)");
        for (String miles : new String[] {"1", "3", "5", "10", "25"}) {
            DISTANCES.put(miles, "Within " + miles + (miles.equals("1") ? " mile" : " miles"));
        }
    }

    private final Directory directory;
    private final Pathways pathways;
    private final Comments comments;
    private final LocalArea localArea;

    PublicPages(Directory directory, Pathways pathways, Comments comments, LocalArea localArea) {
        this.directory = directory;
        this.pathways = pathways;
        this.comments = comments;
        this.localArea = localArea;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String need,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String age,
            @RequestParam(required = false) String postcode, @RequestParam(required = false) String distance,
            @RequestParam(required = false) String free, @RequestParam(required = false) String day,
            @RequestParam(required = false) String time, @RequestParam(defaultValue = "0") String page, Model model) {
        model.addAttribute("area", localArea.name());
        model.addAttribute("q", q);
        model.addAttribute("need", need);
        model.addAttribute("kind", kind);
        model.addAttribute("age", age);
        model.addAttribute("postcode", postcode);
        model.addAttribute("distance", distance == null ? "5" : distance);
        model.addAttribute("free", "yes".equals(free));
        model.addAttribute("day", day);
        model.addAttribute("time", time);
        model.addAttribute("needs", options(NEEDS));
        model.addAttribute("kinds", options(KINDS));
        model.addAttribute("days", DAYS);
        model.addAttribute("times", TIMES);
        model.addAttribute("distances", DISTANCES);
        List<FieldProblem> problems = new ArrayList<>();
        Integer childAge = null;
        if (age != null && !age.isBlank()) {
            try {
                childAge = Integer.parseInt(age.strip());
                if (childAge < 0 || childAge > 25) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("age", "Enter an age from 0 to 25, in years"));
            }
        }
        Double lat = null;
        Double lon = null;
        Integer radius = null;
        if (postcode != null && !postcode.isBlank()) {
            var point = directory.locate(postcode);
            if (point.isEmpty()) {
                problems.add(new FieldProblem("postcode", "Enter a postcode in " + localArea.name() + ", like TA1 1AA"));
            } else {
                lat = point.get()[0];
                lon = point.get()[1];
                int miles = DISTANCES.containsKey(distance) ? Integer.parseInt(distance) : 5;
                radius = (int) Math.round(miles * 1609.344);
            }
        }
        String dayCode = DAYS.containsKey(day) ? day : null;
        String from = null;
        String until = null;
        if ("morning".equals(time)) {
            from = "00:00";
            until = "12:00";
        } else if ("afternoon".equals(time)) {
            from = "12:00";
            until = "17:00";
        } else if ("evening".equals(time)) {
            from = "17:00";
            until = "23:59";
        }
        int pageNo = 0;
        try {
            pageNo = Math.max(0, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            pageNo = 0;
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "localoffer/search";
        }
        List<String> terms = new ArrayList<>();
        terms.add(blank(need));
        terms.add(blank(kind));
        SearchQuery query = new SearchQuery(blank(q), terms, null, childAge, null, null, lat, lon, radius,
                "yes".equals(free), dayCode, from, until, true, true, null);
        Paged<ServiceHit> results = directory.search(query, pageNo, PAGE_SIZE);
        model.addAttribute("results", results);
        model.addAttribute("base", "/local-offer?" + queryString(Map.of("q", q == null ? "" : q, "need", need == null ? "" : need,
                "kind", kind == null ? "" : kind, "age", age == null ? "" : age, "postcode", postcode == null ? "" : postcode,
                "distance", postcode == null || postcode.isBlank() || distance == null ? "" : distance,
                "free", free == null ? "" : free, "day", day == null ? "" : day, "time", time == null ? "" : time)));
        model.addAttribute("today", directory.today());
        return "localoffer/search";
    }

    @GetMapping("/services/{id}")
    String service(@PathVariable String id, Model model) {
        PublishedService s = directory.service(id);
        model.addAttribute("area", localArea.name());
        model.addAttribute("s", s);
        model.addAttribute("c", s.content());
        model.addAttribute("stale", s.staleOn(directory.today()));
        model.addAttribute("checked", s.assuredDate() == null ? null : DAY.format(s.assuredDate()));
        model.addAttribute("days", DAYS);
        return "localoffer/service";
    }

    @GetMapping("/pathways")
    String pathways(Model model) {
        model.addAttribute("area", localArea.name());
        model.addAttribute("pathways", pathways.list(0, 50));
        return "localoffer/pathways";
    }

    @GetMapping("/pathways/{slug}")
    String pathway(@PathVariable String slug, Model model) {
        model.addAttribute("area", localArea.name());
        model.addAttribute("p", pathways.bySlug(slug));
        model.addAttribute("day", DAY);
        return "localoffer/pathway";
    }

    @GetMapping("/comments")
    String comments(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("area", localArea.name());
        model.addAttribute("comments", comments.published(Math.max(page, 0), 20));
        model.addAttribute("day", DAY.withZone(java.time.ZoneId.of("Europe/London")));
        return "localoffer/comments";
    }

    @GetMapping("/comments/new")
    String newComment(@RequestParam(required = false) String service, Model model) {
        model.addAttribute("area", localArea.name());
        model.addAttribute("serviceId", blank(service));
        model.addAttribute("serviceName", blank(service) == null ? null : directory.service(service).content().name());
        return "localoffer/comment-form";
    }

    @PostMapping("/comments/new")
    String comment(@RequestParam(required = false) String service, @RequestParam(required = false) String body,
            Model model, RedirectAttributes flash) {
        try {
            comments.submit(blank(service), body);
        } catch (InvalidInput e) {
            model.addAttribute("area", localArea.name());
            model.addAttribute("problems", e.problems());
            model.addAttribute("serviceId", blank(service));
            model.addAttribute("serviceName", blank(service) == null ? null : directory.service(service).content().name());
            model.addAttribute("body", body);
            return "localoffer/comment-form";
        }
        flash.addFlashAttribute("banner", "Thank you: your comment has been sent");
        return "redirect:/local-offer/comments/sent";
    }

    @GetMapping("/comments/sent")
    String sent(Model model) {
        model.addAttribute("area", localArea.name());
        return "localoffer/comment-sent";
    }

    private Map<String, String> options(String taxonomyName) {
        Map<String, String> options = new LinkedHashMap<>();
        directory.taxonomyNamed(taxonomyName).ifPresent(t -> {
            for (TaxonomyTerm term : directory.termsOf(t.id())) {
                options.put(term.id(), term.name());
            }
        });
        return options;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String queryString(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        for (String name : List.of("q", "need", "kind", "age", "postcode", "distance", "free", "day", "time")) {
            String v = values.get(name);
            if (v != null && !v.isBlank()) {
                sb.append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
            }
        }
        return sb.toString();
    }
}
