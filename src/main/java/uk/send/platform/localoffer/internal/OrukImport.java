package uk.send.platform.localoffer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.Scope;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.localoffer.DirectoryLoading;
import uk.send.platform.localoffer.Organisation;
import uk.send.platform.localoffer.ServiceContent;
import uk.send.platform.localoffer.ServiceContent.ContactContent;
import uk.send.platform.localoffer.ServiceContent.LocationContent;
import uk.send.platform.localoffer.ServiceContent.ScheduleContent;
import uk.send.platform.localoffer.Taxonomy;
import uk.send.platform.localoffer.TaxonomyTerm;

/**
 * Imports an Open Referral UK feed to seed or synchronise the directory: one fully nested service, an array of them,
 * or a page of the API ({@code contents}). All or nothing: every service is read and checked before anything is
 * written. Each service is published as a new version (none if it is unchanged); what the ORUK validator would warn
 * about becomes data-quality findings rather than a refusal.
 */
@Component
public class OrukImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What an import did. */
    public record Result(int services, int published, int unchanged, int organisations, int terms) {
    }

    private final DirectoryLoading loading;
    private final AccessControl access;

    OrukImport(DirectoryLoading loading, AccessControl access) {
        this.loading = loading;
        this.access = access;
    }

    @Transactional
    public Result importFeed(String json) {
        String by = access.require(Actions.LOCAL_OFFER_PUBLISH, Scope.ALL).username();
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            throw InvalidInput.of("feed", "The feed is not valid JSON");
        }
        List<JsonNode> items = new ArrayList<>();
        String prefix;
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw InvalidInput.of("feed", "The feed is empty");
        } else if (root.isArray()) {
            root.forEach(items::add);
            prefix = "";
        } else if (root.has("contents")) {
            root.get("contents").forEach(items::add);
            prefix = "contents";
        } else {
            items.add(root);
            prefix = null;
        }
        if (items.isEmpty()) {
            throw InvalidInput.of("feed", "The feed has no services");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        Map<String, Taxonomy> taxonomies = new LinkedHashMap<>();
        Map<String, TaxonomyTerm> terms = new LinkedHashMap<>();
        record Parsed(String id, String organisationId, ServiceContent content) {
        }
        List<Parsed> services = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode s = items.get(i);
            String at = prefix == null ? "" : prefix + "[" + i + "].";
            if (text(s, "id") == null) {
                problems.add(new FieldProblem(at + "id", "Service " + (i + 1) + " has no id"));
            }
            if (text(s, "name") == null) {
                problems.add(new FieldProblem(at + "name", "Service " + (i + 1) + " has no name"));
            }
            String organisationId = organisation(s, organisations);
            if (organisationId == null) {
                problems.add(new FieldProblem(at + "organization", "Service " + (i + 1)
                        + " has no organization with an id, name and description, and no organization_id this directory knows"));
            }
            List<String> termIds = new ArrayList<>();
            for (JsonNode a : s.path("attributes")) {
                JsonNode t = a.path("taxonomy_term");
                String termId = text(t, "id") != null ? ContentRules.uuid(text(t, "id")) : text(a, "taxonomy_term_id") == null
                        ? null : ContentRules.uuid(text(a, "taxonomy_term_id"));
                if (termId == null) {
                    continue;
                }
                termIds.add(termId);
                if (text(t, "name") != null) {
                    String taxonomyId = text(t, "taxonomy_id") == null ? null : ContentRules.uuid(text(t, "taxonomy_id"));
                    if (taxonomyId == null && text(t, "taxonomy") != null) {
                        taxonomyId = ContentRules.uuid("taxonomy:" + text(t, "taxonomy"));
                    }
                    if (taxonomyId != null) {
                        String name = text(t, "taxonomy") == null ? "Imported taxonomy" : text(t, "taxonomy");
                        taxonomies.putIfAbsent(taxonomyId, new Taxonomy(taxonomyId, name, "Terms imported from an Open Referral feed", null, null));
                    }
                    terms.put(termId, new TaxonomyTerm(termId, taxonomyId, text(t, "parent_id") == null ? null
                            : ContentRules.uuid(text(t, "parent_id")), text(t, "term"), text(t, "name"),
                            text(t, "description") == null ? text(t, "name") : text(t, "description"), text(t, "term_uri")));
                }
            }
            List<LocationContent> locations = new ArrayList<>();
            for (JsonNode sal : s.path("service_at_locations")) {
                JsonNode l = sal.path("location");
                JsonNode a = l.path("addresses").path(0);
                locations.add(new LocationContent(text(l, "id") == null ? text(sal, "location_id") : text(l, "id"),
                        text(sal, "id"), text(l, "location_type"), text(l, "name"), text(l, "description"),
                        text(a, "address_1"), text(a, "city"), text(a, "state_province"), text(a, "postal_code"),
                        number(l, "latitude"), number(l, "longitude"), text(l.path("accessibility").path(0), "description")));
            }
            List<ScheduleContent> schedules = new ArrayList<>();
            for (JsonNode sc : s.path("schedules")) {
                String days = text(sc, "byday");
                if (days == null || text(sc, "opens_at") == null || text(sc, "closes_at") == null) {
                    continue;
                }
                for (String day : days.split(",")) {
                    String d = day.strip().replaceAll("^[+-]?\\d+", "");
                    schedules.add(new ScheduleContent(OrukJson.derived(text(sc, "id") == null ? "" : text(sc, "id"), d), d,
                            text(sc, "opens_at"), text(sc, "closes_at"), text(sc, "description")));
                }
            }
            List<ContactContent> contacts = new ArrayList<>();
            for (JsonNode k : s.path("contacts")) {
                contacts.add(new ContactContent(text(k, "id"), text(k, "name"), text(k, "title"), text(k, "email"),
                        text(k.path("phones").path(0), "number")));
            }
            boolean free = false;
            StringBuilder fees = new StringBuilder(text(s, "fees") == null ? "" : text(s, "fees"));
            for (JsonNode c : s.path("cost_options")) {
                if (c.has("amount") && c.get("amount").asDouble() == 0) {
                    free = true;
                }
                String described = text(c, "amount_description");
                if (described != null && c.has("amount") && c.get("amount").asDouble() > 0) {
                    fees.append(fees.isEmpty() ? "" : "; ").append(text(c, "option") == null ? "" : text(c, "option") + ": ")
                            .append(String.format("£%.2f %s", c.get("amount").asDouble(), described));
                }
            }
            String phone = text(s.path("phones").path(0), "number");
            ServiceContent content = ContentRules.tidy(new ServiceContent(text(s, "name"), text(s, "description"),
                    text(s, "url"), text(s, "email"), phone, text(s, "status"), fees.isEmpty() ? null : fees.toString(), free,
                    age(s, "minimum_age"), age(s, "maximum_age"), null, null, text(s, "alert"), termIds, locations, schedules,
                    contacts));
            for (FieldProblem p : ContentRules.essentials(content)) {
                problems.add(new FieldProblem(at + p.field(), "Service " + (i + 1) + ": " + p.message()));
            }
            services.add(new Parsed(text(s, "id"), organisationId, content));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        organisations.values().forEach(loading::saveOrganisation);
        taxonomies.values().forEach(loading::saveTaxonomy);
        terms.values().forEach(loading::saveTerm);
        int published = 0;
        for (Parsed p : services) {
            if (loading.publish(p.id(), p.organisationId(), p.content(), by, "Imported from an Open Referral UK feed")) {
                published++;
            }
        }
        return new Result(services.size(), published, services.size() - published, organisations.size(), terms.size());
    }

    private String organisation(JsonNode s, Map<String, Organisation> seen) {
        JsonNode o = s.path("organization");
        if (text(o, "id") != null && text(o, "name") != null) {
            String id = ContentRules.uuid(text(o, "id"));
            seen.putIfAbsent(id, new Organisation(id, text(o, "name"),
                    text(o, "description") == null ? text(o, "name") : text(o, "description"), text(o, "email"),
                    text(o, "website")));
            return id;
        }
        String ref = text(s, "organization_id");
        if (ref != null) {
            String id = ContentRules.uuid(ref);
            if (seen.containsKey(id) || loading.organisation(id).isPresent()) {
                return id;
            }
        }
        return null;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull() || v.isContainer()) {
            return null;
        }
        String s = v.asString();
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? null : v.asDouble();
    }

    private static Integer age(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? null : (int) Math.round(v.asDouble());
    }
}
