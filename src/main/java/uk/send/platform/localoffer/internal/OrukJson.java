package uk.send.platform.localoffer.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import uk.send.platform.kernel.Paged;
import uk.send.platform.localoffer.Organisation;
import uk.send.platform.localoffer.PublishedService;
import uk.send.platform.localoffer.ServiceContent;
import uk.send.platform.localoffer.ServiceContent.LocationContent;
import uk.send.platform.localoffer.Taxonomy;
import uk.send.platform.localoffer.TaxonomyTerm;

/**
 * The directory in Open Referral UK 3.0 shape (the profile's compiled schemas). Optional fields that are empty are
 * left out rather than written as null; an email address or web address that is not well formed (an imported feed
 * can have one) is left out too, and shown to editors as a data-quality finding instead.
 */
final class OrukJson {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private OrukJson() {
    }

    /** The paging wrapper: total_items, total_pages, page_number (from 1), size, first_page, last_page, empty. */
    static <T> Map<String, Object> page(Paged<T> paged, Function<T, Map<String, Object>> item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total_items", paged.total());
        m.put("total_pages", paged.totalPages());
        m.put("page_number", paged.page() + 1);
        m.put("size", paged.items().size());
        m.put("first_page", paged.page() == 0);
        m.put("last_page", !paged.hasNext());
        m.put("empty", paged.items().isEmpty());
        m.put("contents", paged.items().stream().map(item).toList());
        return m;
    }

    /** A service's one-to-one fields with its organisation (the items of /services). */
    static Map<String, Object> serviceSummary(PublishedService s) {
        Map<String, Object> m = serviceFields(s);
        m.put("organization", organisation(s.organisation()));
        return m;
    }

    /** A fully nested service (/services/{id}). */
    static Map<String, Object> service(PublishedService s) {
        ServiceContent c = s.content();
        Map<String, Object> m = serviceFields(s);
        List<Map<String, Object>> schedules = new ArrayList<>();
        for (var sc : c.schedules()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", sc.id());
            x.put("service_id", s.id());
            x.put("freq", "WEEKLY");
            x.put("interval", 1);
            x.put("byday", sc.byday());
            x.put("opens_at", sc.opensAt());
            x.put("closes_at", sc.closesAt());
            put(x, "description", sc.description());
            schedules.add(x);
        }
        putList(m, "schedules", schedules);
        putList(m, "service_at_locations", c.locations().stream().map(l -> serviceAtLocation(s.id(), l, true)).toList());
        m.put("organization", organisation(s.organisation()));
        List<Map<String, Object>> costs = new ArrayList<>();
        if (c.free() || QualityChecks.present(c.fees())) {
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("id", derived(s.id(), "cost"));
            cost.put("service_id", s.id());
            if (c.free()) {
                cost.put("option", "Free");
                cost.put("amount", 0);
            }
            put(cost, "amount_description", c.fees());
            costs.add(cost);
        }
        putList(m, "cost_options", costs);
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (var k : c.contacts()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", k.id());
            x.put("service_id", s.id());
            put(x, "name", k.name());
            put(x, "title", k.title());
            if (QualityChecks.validEmail(k.email())) {
                x.put("email", k.email());
            }
            if (QualityChecks.present(k.phone())) {
                x.put("phones", List.of(phone(derived(k.id(), "phone"), k.phone())));
            }
            contacts.add(x);
        }
        putList(m, "contacts", contacts);
        if (QualityChecks.present(c.phone())) {
            m.put("phones", List.of(phone(derived(s.id(), "phone"), c.phone())));
        }
        putList(m, "attributes", s.terms().stream().map(t -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", derived(s.id() + "|" + t.id(), "attribute"));
            a.put("link_id", s.id());
            a.put("taxonomy_term_id", t.id());
            a.put("link_type", "service");
            a.put("taxonomy_term", term(t, null));
            return a;
        }).toList());
        return m;
    }

    /** A service at a location: with {@code full}, the location's addresses and accessibility too. */
    static Map<String, Object> serviceAtLocation(String serviceId, LocationContent l, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.serviceAtLocationId());
        m.put("service_id", serviceId);
        m.put("location_id", l.id());
        m.put("location", location(l, full));
        return m;
    }

    static Map<String, Object> location(LocationContent l, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("location_type", l.locationType());
        put(m, "name", l.name());
        put(m, "description", l.description());
        if (QualityChecks.validCoordinates(l.latitude(), l.longitude())) {
            m.put("latitude", l.latitude());
            m.put("longitude", l.longitude());
        }
        if (full) {
            if (QualityChecks.present(l.address1()) && QualityChecks.present(l.city()) && QualityChecks.present(l.postcode())) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("id", derived(l.id(), "address"));
                a.put("location_id", l.id());
                a.put("address_1", l.address1());
                a.put("city", l.city());
                a.put("state_province", QualityChecks.present(l.county()) ? l.county() : l.city());
                a.put("postal_code", l.postcode());
                a.put("country", "GB");
                a.put("address_type", "physical".equals(l.locationType()) ? "physical" : "postal");
                m.put("addresses", List.of(a));
            }
            if (QualityChecks.present(l.accessibility())) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("id", derived(l.id(), "accessibility"));
                a.put("location_id", l.id());
                a.put("description", l.accessibility());
                m.put("accessibility", List.of(a));
            }
        }
        return m;
    }

    static Map<String, Object> organisation(Organisation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("name", o.name());
        m.put("description", o.description());
        if (QualityChecks.validEmail(o.email())) {
            m.put("email", o.email());
        }
        if (QualityChecks.validUrl(o.website())) {
            m.put("website", o.website());
        }
        return m;
    }

    static Map<String, Object> taxonomy(Taxonomy t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("description", t.description());
        if (QualityChecks.validUrl(t.uri())) {
            m.put("uri", t.uri());
        }
        put(m, "version", t.version());
        return m;
    }

    static Map<String, Object> term(TaxonomyTerm t, Map<String, String> taxonomyNames) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("description", t.description());
        put(m, "parent_id", t.parentId());
        if (taxonomyNames != null && t.taxonomyId() != null) {
            put(m, "taxonomy", taxonomyNames.get(t.taxonomyId()));
        }
        put(m, "taxonomy_id", t.taxonomyId());
        if (QualityChecks.validUrl(t.termUri())) {
            m.put("term_uri", t.termUri());
        }
        put(m, "term", t.code());
        return m;
    }

    private static Map<String, Object> serviceFields(PublishedService s) {
        ServiceContent c = s.content();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("organization_id", s.organisation().id());
        m.put("name", c.name());
        put(m, "description", c.description());
        if (QualityChecks.validUrl(c.url())) {
            m.put("url", c.url());
        }
        if (QualityChecks.validEmail(c.email())) {
            m.put("email", c.email());
        }
        m.put("status", c.status());
        put(m, "fees", c.fees());
        if (c.minimumAge() != null) {
            m.put("minimum_age", c.minimumAge());
        }
        if (c.maximumAge() != null) {
            m.put("maximum_age", c.maximumAge());
        }
        if (s.assuredDate() != null) {
            m.put("assured_date", s.assuredDate().toString());
        }
        put(m, "alert", c.alert());
        m.put("last_modified", INSTANT.format(s.lastModified()));
        return m;
    }

    private static Map<String, Object> phone(String id, String number) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("number", number);
        return p;
    }

    static String derived(String id, String part) {
        return UUID.nameUUIDFromBytes((id + "|" + part).getBytes()).toString();
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }

    private static void putList(Map<String, Object> m, String key, Collection<?> values) {
        if (!values.isEmpty()) {
            m.put(key, values);
        }
    }
}
