package uk.send.platform.localoffer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.Paged;
import uk.send.platform.localoffer.Organisation;
import uk.send.platform.localoffer.PublishedService;
import uk.send.platform.localoffer.QualityIssue;
import uk.send.platform.localoffer.SearchQuery;
import uk.send.platform.localoffer.ServiceContent;
import uk.send.platform.localoffer.ServiceHit;
import uk.send.platform.localoffer.ServiceVersion;
import uk.send.platform.localoffer.Taxonomy;
import uk.send.platform.localoffer.TaxonomyTerm;

/** The Local Offer's tables (lo_*): plain SQL, every query on an index, every list paged. */
@Repository
public class DirectoryStore {

    private static final double METRES_PER_DEGREE = 111_320.0;

    private final JdbcClient jdbc;
    private final String la;

    DirectoryStore(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.la = localArea.code();
    }

    // ---- organisations and editors

    public Optional<Organisation> organisation(String id) {
        return jdbc.sql("select * from lo_organisation where id = ? and la_code = ?").params(id, la)
                .query(DirectoryStore::organisation).optional();
    }

    public Paged<Organisation> organisations(int page, int size) {
        long total = jdbc.sql("select count(*) from lo_organisation where la_code = ?").param(la).query(Long.class).single();
        List<Organisation> rows = jdbc.sql("select * from lo_organisation where la_code = ? order by name, id limit ? offset ?")
                .params(la, size, (long) page * size).query(DirectoryStore::organisation).list();
        return new Paged<>(rows, page, size, total);
    }

    public List<Organisation> organisationsEditedBy(String username) {
        return jdbc.sql("""
                select o.* from lo_organisation_editor e join lo_organisation o on o.id = e.organisation_id
                where e.la_code = ? and e.username = ? order by o.name limit 200""")
                .params(la, username).query(DirectoryStore::organisation).list();
    }

    public boolean isEditor(String organisationId, String username) {
        return jdbc.sql("select count(*) from lo_organisation_editor where organisation_id = ? and username = ? and la_code = ?")
                .params(organisationId, username, la).query(Long.class).single() > 0;
    }

    public void saveOrganisation(Organisation o, Instant now) {
        int updated = jdbc.sql("update lo_organisation set name = ?, description = ?, email = ?, website = ? where id = ? and la_code = ?")
                .params(o.name(), o.description(), o.email(), o.website(), o.id(), la).update();
        if (updated == 0) {
            jdbc.sql("insert into lo_organisation (id, la_code, name, description, email, website, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(o.id(), la, o.name(), o.description(), o.email(), o.website(), Timestamp.from(now)).update();
        }
    }

    public void addEditor(String organisationId, String username) {
        if (!isEditor(organisationId, username)) {
            jdbc.sql("insert into lo_organisation_editor (la_code, organisation_id, username) values (?, ?, ?)")
                    .params(la, organisationId, username).update();
        }
    }

    // ---- taxonomies

    public void saveTaxonomy(Taxonomy t) {
        int updated = jdbc.sql("update lo_taxonomy set name = ?, description = ?, uri = ?, version = ? where id = ? and la_code = ?")
                .params(t.name(), t.description(), t.uri(), t.version(), t.id(), la).update();
        if (updated == 0) {
            jdbc.sql("insert into lo_taxonomy (id, la_code, name, description, uri, version) values (?, ?, ?, ?, ?, ?)")
                    .params(t.id(), la, t.name(), t.description(), t.uri(), t.version()).update();
        }
    }

    public void saveTerm(TaxonomyTerm t) {
        int updated = jdbc.sql("""
                update lo_taxonomy_term set taxonomy_id = ?, parent_id = ?, code = ?, name = ?, description = ?, term_uri = ?
                where id = ? and la_code = ?""")
                .params(t.taxonomyId(), t.parentId(), t.code(), t.name(), t.description(), t.termUri(), t.id(), la).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into lo_taxonomy_term (id, la_code, taxonomy_id, parent_id, code, name, description, term_uri)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(t.id(), la, t.taxonomyId(), t.parentId(), t.code(), t.name(), t.description(), t.termUri()).update();
        }
    }

    public Optional<Taxonomy> taxonomy(String id) {
        return jdbc.sql("select * from lo_taxonomy where id = ? and la_code = ?").params(id, la)
                .query(DirectoryStore::taxonomy).optional();
    }

    public Optional<Taxonomy> taxonomyNamed(String name) {
        return jdbc.sql("select * from lo_taxonomy where la_code = ? and name = ? order by id limit 1").params(la, name)
                .query(DirectoryStore::taxonomy).optional();
    }

    public Paged<Taxonomy> taxonomies(int page, int size) {
        long total = jdbc.sql("select count(*) from lo_taxonomy where la_code = ?").param(la).query(Long.class).single();
        List<Taxonomy> rows = jdbc.sql("select * from lo_taxonomy where la_code = ? order by name, id limit ? offset ?")
                .params(la, size, (long) page * size).query(DirectoryStore::taxonomy).list();
        return new Paged<>(rows, page, size, total);
    }

    public Optional<TaxonomyTerm> term(String id) {
        return jdbc.sql("select * from lo_taxonomy_term where id = ? and la_code = ?").params(id, la)
                .query(DirectoryStore::term).optional();
    }

    public Paged<TaxonomyTerm> terms(String taxonomyId, int page, int size) {
        String where = " where la_code = :la" + (taxonomyId == null ? "" : " and taxonomy_id = :tax");
        var count = jdbc.sql("select count(*) from lo_taxonomy_term" + where).param("la", la);
        var list = jdbc.sql("select * from lo_taxonomy_term" + where + " order by name, id limit :size offset :offset")
                .param("la", la).param("size", size).param("offset", (long) page * size);
        if (taxonomyId != null) {
            count = count.param("tax", taxonomyId);
            list = list.param("tax", taxonomyId);
        }
        return new Paged<>(list.query(DirectoryStore::term).list(), page, size, count.query(Long.class).single());
    }

    public List<TaxonomyTerm> termsByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from lo_taxonomy_term where la_code = :la and id in (:ids) order by name")
                .param("la", la).param("ids", ids).query(DirectoryStore::term).list();
    }

    public Set<String> knownTerms(Collection<String> ids) {
        return new HashSet<>(termsByIds(ids).stream().map(TaxonomyTerm::id).toList());
    }

    // ---- versions

    public long insertVersion(String serviceId, String organisationId, int versionNo, String state, ServiceContent content,
            String note, String by, Instant at) {
        jdbc.sql("""
                insert into lo_service_version (la_code, service_id, organisation_id, version_no, state, content, note,
                  created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(la, serviceId, organisationId, versionNo, state, ContentJson.write(content), note, by,
                        Timestamp.from(at)).update();
        return jdbc.sql("select id from lo_service_version where service_id = ? and version_no = ?")
                .params(serviceId, versionNo).query(Long.class).single();
    }

    public int nextVersionNo(String serviceId) {
        return jdbc.sql("select coalesce(max(version_no), 0) + 1 from lo_service_version where la_code = ? and service_id = ?")
                .params(la, serviceId).query(Integer.class).single();
    }

    public Optional<ServiceVersion> version(long id) {
        return jdbc.sql("select * from lo_service_version where id = ? and la_code = ?").params(id, la)
                .query(DirectoryStore::version).optional();
    }

    public List<ServiceVersion> versionsOf(String serviceId) {
        return jdbc.sql("select * from lo_service_version where la_code = ? and service_id = ? order by version_no desc limit 200")
                .params(la, serviceId).query(DirectoryStore::version).list();
    }

    public Paged<ServiceVersion> versionsInState(String state, String organisationId, int page, int size) {
        String where = " where la_code = :la and state = :state" + (organisationId == null ? "" : " and organisation_id = :org");
        var count = jdbc.sql("select count(*) from lo_service_version" + where).param("la", la).param("state", state);
        var list = jdbc.sql("select * from lo_service_version" + where + " order by created_at, id limit :size offset :offset")
                .param("la", la).param("state", state).param("size", size).param("offset", (long) page * size);
        if (organisationId != null) {
            count = count.param("org", organisationId);
            list = list.param("org", organisationId);
        }
        return new Paged<>(list.query(DirectoryStore::version).list(), page, size, count.query(Long.class).single());
    }

    /** Moves the version from one state to another; false if it was no longer in that state (a concurrent decision). */
    public boolean decide(long versionId, String from, String to, String by, Instant at, String note) {
        return jdbc.sql("""
                update lo_service_version set state = ?, decided_by = ?, decided_at = ?, decision_note = ?
                where id = ? and la_code = ? and state = ?""")
                .params(to, by, Timestamp.from(at), note, versionId, la, from).update() == 1;
    }

    public void withdrawOpen(String serviceId, String by, Instant at) {
        jdbc.sql("""
                update lo_service_version set state = 'WITHDRAWN', decided_by = ?, decided_at = ?,
                  decision_note = 'Replaced by a newer change' where la_code = ? and service_id = ? and state = 'SUBMITTED'""")
                .params(by, Timestamp.from(at), la, serviceId).update();
    }

    public void supersedePublished(String serviceId) {
        jdbc.sql("update lo_service_version set state = 'SUPERSEDED' where la_code = ? and service_id = ? and state = 'PUBLISHED'")
                .params(la, serviceId).update();
    }

    // ---- the published directory

    public boolean exists(String serviceId) {
        return jdbc.sql("select count(*) from lo_service where id = ? and la_code = ?").params(serviceId, la)
                .query(Long.class).single() > 0;
    }

    public Optional<String> organisationOf(String serviceId) {
        Optional<String> published = jdbc.sql("select organisation_id from lo_service where id = ? and la_code = ?")
                .params(serviceId, la).query(String.class).optional();
        if (published.isPresent()) {
            return published;
        }
        return jdbc.sql("select organisation_id from lo_service_version where la_code = ? and service_id = ? order by version_no limit 1")
                .params(la, serviceId).query(String.class).optional();
    }

    public Optional<Integer> publishedVersion(String serviceId) {
        return jdbc.sql("select published_version from lo_service where id = ? and la_code = ?").params(serviceId, la)
                .query(Integer.class).optional();
    }

    /** Rebuilds the published rows of one service from a version's content. */
    public void publish(String serviceId, String organisationId, int versionNo, ServiceContent c, String organisationName,
            List<QualityIssue> issues, Instant now, LocalDate reviewDue) {
        deleteDependents(serviceId);
        String json = ContentJson.write(c);
        Timestamp at = Timestamp.from(now);
        int updated = jdbc.sql("""
                update lo_service set organisation_id = ?, name = ?, sort_name = ?, description = ?, url = ?, email = ?,
                  phone = ?, status = ?, fees = ?, free = ?, minimum_age = ?, maximum_age = ?, eligibility = ?,
                  how_to_access = ?, alert = ?, assured_date = ?, review_due = ?, last_modified = ?, published_version = ?,
                  content = ? where id = ? and la_code = ?""")
                .params(organisationId, c.name(), sortName(c.name()), c.description(), c.url(), c.email(), c.phone(),
                        c.status(), c.fees(), c.free(), c.minimumAge(), c.maximumAge(), c.eligibility(), c.howToAccess(),
                        c.alert(), java.sql.Date.valueOf(now.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()),
                        java.sql.Date.valueOf(reviewDue), at, versionNo, json, serviceId, la).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into lo_service (id, la_code, organisation_id, name, sort_name, description, url, email, phone,
                      status, fees, free, minimum_age, maximum_age, eligibility, how_to_access, alert, assured_date,
                      review_due, last_modified, published_version, content)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(serviceId, la, organisationId, c.name(), sortName(c.name()), c.description(), c.url(), c.email(),
                            c.phone(), c.status(), c.fees(), c.free(), c.minimumAge(), c.maximumAge(), c.eligibility(),
                            c.howToAccess(), c.alert(),
                            java.sql.Date.valueOf(now.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()),
                            java.sql.Date.valueOf(reviewDue), at, versionNo, json).update();
        }
        int position = 0;
        for (var l : c.locations()) {
            saveLocation(l);
            jdbc.sql("insert into lo_service_at_location (id, la_code, service_id, location_id, position) values (?, ?, ?, ?, ?)")
                    .params(l.serviceAtLocationId(), la, serviceId, l.id(), position++).update();
        }
        Set<String> known = knownTerms(c.termIds());
        for (String term : c.termIds()) {
            if (known.contains(term)) {
                jdbc.sql("insert into lo_service_term (la_code, service_id, term_id, attribute_id) values (?, ?, ?, ?)")
                        .params(la, serviceId, term, UUID.nameUUIDFromBytes((serviceId + "|" + term).getBytes()).toString())
                        .update();
            }
        }
        for (var s : c.schedules()) {
            jdbc.sql("insert into lo_schedule (id, la_code, service_id, byday, opens_at, closes_at, description) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(s.id(), la, serviceId, s.byday(), Time.valueOf(LocalTime.parse(s.opensAt())),
                            Time.valueOf(LocalTime.parse(s.closesAt())), s.description()).update();
        }
        List<String> termNames = termsByIds(known).stream().map(TaxonomyTerm::name).toList();
        Set<String> words = Words.of(c.name(), c.description(), organisationName, String.join(" ", termNames));
        for (String w : words) {
            jdbc.sql("insert into lo_search_word (la_code, word, service_id) values (?, ?, ?)").params(la, w, serviceId).update();
        }
        for (QualityIssue i : issues) {
            jdbc.sql("insert into lo_quality_issue (la_code, service_id, code, message) values (?, ?, ?, ?)")
                    .params(la, serviceId, i.code(), i.message().length() > 400 ? i.message().substring(0, 400) : i.message())
                    .update();
        }
    }

    private void deleteDependents(String serviceId) {
        for (String table : List.of("lo_service_at_location", "lo_service_term", "lo_schedule", "lo_search_word",
                "lo_quality_issue")) {
            jdbc.sql("delete from " + table + " where service_id = ?").param(serviceId).update();
        }
    }

    private void saveLocation(ServiceContent.LocationContent l) {
        Double lat = QualityChecks.validCoordinates(l.latitude(), l.longitude()) ? l.latitude() : null;
        Double lon = lat == null ? null : l.longitude();
        int updated = jdbc.sql("""
                update lo_location set location_type = ?, name = ?, description = ?, address_1 = ?, city = ?,
                  state_province = ?, postal_code = ?, country = 'GB', latitude = ?, longitude = ?, accessibility = ?
                where id = ? and la_code = ?""")
                .params(l.locationType(), l.name(), l.description(), l.address1(), l.city(), l.county(), l.postcode(),
                        lat, lon, l.accessibility(), l.id(), la).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into lo_location (id, la_code, location_type, name, description, address_1, city, state_province,
                      postal_code, country, latitude, longitude, accessibility) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'GB', ?, ?, ?)""")
                    .params(l.id(), la, l.locationType(), l.name(), l.description(), l.address1(), l.city(), l.county(),
                            l.postcode(), lat, lon, l.accessibility()).update();
        }
    }

    public void reviewed(String serviceId, LocalDate today, LocalDate reviewDue) {
        jdbc.sql("update lo_service set assured_date = ?, review_due = ? where id = ? and la_code = ?")
                .params(java.sql.Date.valueOf(today), java.sql.Date.valueOf(reviewDue), serviceId, la).update();
    }

    public Optional<PublishedService> published(String serviceId) {
        return jdbc.sql("select * from lo_service where id = ? and la_code = ?").params(serviceId, la)
                .query((rs, i) -> new Row(rs.getString("id"), rs.getString("organisation_id"), rs.getString("content"),
                        date(rs, "assured_date"), date(rs, "review_due"), rs.getTimestamp("last_modified").toInstant(),
                        rs.getInt("published_version")))
                .optional()
                .map(r -> {
                    ServiceContent content = ContentJson.read(r.content);
                    return new PublishedService(r.id, organisation(r.organisationId).orElseThrow(), content,
                            termsByIds(content.termIds()), r.assured, r.reviewDue, r.modified, r.version, issues(r.id));
                });
    }

    private record Row(String id, String organisationId, String content, LocalDate assured, LocalDate reviewDue,
            Instant modified, int version) {
    }

    public List<QualityIssue> issues(String serviceId) {
        return jdbc.sql("select code, message from lo_quality_issue where la_code = ? and service_id = ? order by id")
                .params(la, serviceId).query((rs, i) -> new QualityIssue(rs.getString(1), rs.getString(2))).list();
    }

    /** A service in an editor's list: name, status, review date, open change and data-quality findings. */
    public record ServiceRow(String id, String organisationId, String name, String status, LocalDate reviewDue,
            int issues, boolean changePending) {
    }

    public Paged<ServiceRow> servicesOf(String organisationId, int page, int size) {
        long total = jdbc.sql("select count(*) from lo_service where la_code = ? and organisation_id = ?")
                .params(la, organisationId).query(Long.class).single();
        List<ServiceRow> rows = jdbc.sql("""
                select s.id, s.organisation_id, s.name, s.status, s.review_due,
                  (select count(*) from lo_quality_issue q where q.la_code = s.la_code and q.service_id = s.id) issues,
                  (select count(*) from lo_service_version v where v.la_code = s.la_code and v.service_id = s.id
                     and v.version_no > s.published_version and v.state = 'SUBMITTED') pending
                from lo_service s where s.la_code = ? and s.organisation_id = ? order by s.sort_name, s.id limit ? offset ?""")
                .params(la, organisationId, size, (long) page * size).query(DirectoryStore::serviceRow).list();
        return new Paged<>(rows, page, size, total);
    }

    /** Services whose review date is before the given day (stale), oldest first. */
    public Paged<ServiceRow> dueForReview(LocalDate before, int page, int size) {
        long total = jdbc.sql("select count(*) from lo_service where la_code = ? and review_due < ?")
                .params(la, java.sql.Date.valueOf(before)).query(Long.class).single();
        List<ServiceRow> rows = jdbc.sql("""
                select s.id, s.organisation_id, s.name, s.status, s.review_due,
                  (select count(*) from lo_quality_issue q where q.la_code = s.la_code and q.service_id = s.id) issues,
                  0 pending
                from lo_service s where s.la_code = ? and s.review_due < ? order by s.review_due, s.id limit ? offset ?""")
                .params(la, java.sql.Date.valueOf(before), size, (long) page * size).query(DirectoryStore::serviceRow).list();
        return new Paged<>(rows, page, size, total);
    }

    /** A finding with the service it is about, for the Local Area's data-quality report. */
    public record IssueRow(String serviceId, String serviceName, String organisationName, String code, String message) {
    }

    public Paged<IssueRow> issuesReport(String code, int page, int size) {
        String where = " where q.la_code = :la" + (code == null ? "" : " and q.code = :code");
        var count = jdbc.sql("select count(*) from lo_quality_issue q" + where).param("la", la);
        var list = jdbc.sql("""
                select q.service_id, s.name, o.name org, q.code, q.message from lo_quality_issue q
                join lo_service s on s.id = q.service_id join lo_organisation o on o.id = s.organisation_id"""
                + where + " order by q.code, q.service_id, q.id limit :size offset :offset")
                .param("la", la).param("size", size).param("offset", (long) page * size);
        if (code != null) {
            count = count.param("code", code);
            list = list.param("code", code);
        }
        return new Paged<>(list.query((rs, i) -> new IssueRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5))).list(), page, size, count.query(Long.class).single());
    }

    public Map<String, Long> issueCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select code, count(*) from lo_quality_issue where la_code = ? group by code order by code").param(la)
                .query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    public long serviceCount() {
        return jdbc.sql("select count(*) from lo_service where la_code = ?").param(la).query(Long.class).single();
    }

    // ---- postcodes

    /** The centroid of a postcode's district (its outward code), if the directory knows it. */
    public Optional<double[]> postcodePoint(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String p = postcode.toUpperCase(Locale.UK).replaceAll("\\s+", "");
        if (!p.matches("[A-Z]{1,2}[0-9][A-Z0-9]?([0-9][A-Z]{2})?")) {
            return Optional.empty();
        }
        String outward = p.length() >= 5 && p.substring(p.length() - 3).matches("[0-9][A-Z]{2}") ? p.substring(0, p.length() - 3) : p;
        return jdbc.sql("select latitude, longitude from lo_postcode_district where la_code = ? and outward = ?")
                .params(la, outward).query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).optional();
    }

    public void savePostcodeDistrict(String outward, String place, double lat, double lon) {
        int updated = jdbc.sql("update lo_postcode_district set place = ?, latitude = ?, longitude = ? where la_code = ? and outward = ?")
                .params(place, lat, lon, la, outward).update();
        if (updated == 0) {
            jdbc.sql("insert into lo_postcode_district (la_code, outward, place, latitude, longitude) values (?, ?, ?, ?, ?)")
                    .params(la, outward, place, lat, lon).update();
        }
    }

    // ---- search

    private Built build(SearchQuery q) {
        Map<String, Object> p = new HashMap<>();
        p.put("la", la);
        StringBuilder where = new StringBuilder(" where s.la_code = :la");
        if (q.publicOnly()) {
            where.append(" and s.status in ('active', 'temporarily closed')");
        }
        if (q.organisationId() != null) {
            where.append(" and s.organisation_id = :org");
            p.put("org", q.organisationId());
        }
        int n = 0;
        for (String w : Words.of(q.text())) {
            if (n == 6) {
                break;
            }
            where.append(" and s.id in (select w").append(n).append(".service_id from lo_search_word w").append(n)
                    .append(" where w").append(n).append(".la_code = :la and w").append(n).append(".word like :w").append(n).append(")");
            p.put("w" + n, w.replace("%", "").replace("_", "") + "%");
            n++;
        }
        for (int t = 0; t < Math.min(q.termIds().size(), 4); t++) {
            where.append(" and s.id in (select t").append(t).append(".service_id from lo_service_term t").append(t)
                    .append(" where t").append(t).append(".la_code = :la and t").append(t).append(".term_id = :term").append(t).append(")");
            p.put("term" + t, q.termIds().get(t));
        }
        if (q.taxonomyId() != null) {
            where.append(" and s.id in (select t2.service_id from lo_taxonomy_term tt join lo_service_term t2 on t2.la_code = tt.la_code"
                    + " and t2.term_id = tt.id where tt.la_code = :la and tt.taxonomy_id = :tax)");
            p.put("tax", q.taxonomyId());
        }
        if (q.age() != null) {
            where.append(" and (s.minimum_age is null or s.minimum_age <= :age) and (s.maximum_age is null or s.maximum_age >= :age)");
            p.put("age", q.age());
        }
        if (q.minimumAgeAtLeast() != null) {
            where.append(" and s.minimum_age >= :minAge");
            p.put("minAge", q.minimumAgeAtLeast());
        }
        if (q.maximumAgeAtMost() != null) {
            where.append(" and s.maximum_age <= :maxAge");
            p.put("maxAge", q.maximumAgeAtMost());
        }
        if (q.freeOnly()) {
            where.append(" and s.free = true");
        }
        if (q.day() != null || q.from() != null || q.until() != null) {
            where.append(" and s.id in (select sc.service_id from lo_schedule sc where sc.la_code = :la");
            if (q.day() != null) {
                where.append(" and sc.byday = :day");
                p.put("day", q.day());
            }
            if (q.overlap()) {
                if (q.until() != null) {
                    where.append(" and sc.opens_at < :until");
                    p.put("until", Time.valueOf(LocalTime.parse(q.until())));
                }
                if (q.from() != null) {
                    where.append(" and sc.closes_at > :from");
                    p.put("from", Time.valueOf(LocalTime.parse(q.from())));
                }
            } else {
                if (q.from() != null) {
                    where.append(" and sc.opens_at >= :from");
                    p.put("from", Time.valueOf(LocalTime.parse(q.from())));
                }
                if (q.until() != null) {
                    where.append(" and sc.closes_at <= :until");
                    p.put("until", Time.valueOf(LocalTime.parse(q.until())));
                }
            }
            where.append(")");
        }
        String distance = null;
        if (q.hasPoint()) {
            double cos = Math.cos(Math.toRadians(q.latitude()));
            p.put("lat", q.latitude());
            p.put("lon", q.longitude());
            p.put("cos2", cos * cos);
            distance = "(select min((l.latitude - :lat) * (l.latitude - :lat) + (l.longitude - :lon) * (l.longitude - :lon) * :cos2)"
                    + " from lo_service_at_location sal join lo_location l on l.id = sal.location_id"
                    + " where sal.la_code = :la and sal.service_id = s.id and l.latitude is not null)";
            if (q.radiusMetres() != null) {
                double dLat = q.radiusMetres() / METRES_PER_DEGREE;
                double dLon = dLat / Math.max(cos, 0.01);
                where.append(" and s.id in (select sal2.service_id from lo_location l2 join lo_service_at_location sal2"
                        + " on sal2.la_code = l2.la_code and sal2.location_id = l2.id where l2.la_code = :la"
                        + " and l2.latitude between :lat0 and :lat1 and l2.longitude between :lon0 and :lon1)");
                p.put("lat0", q.latitude() - dLat);
                p.put("lat1", q.latitude() + dLat);
                p.put("lon0", q.longitude() - dLon);
                p.put("lon1", q.longitude() + dLon);
            }
        }
        return new Built(where.toString(), p, distance);
    }

    /** The SQL a search runs: its where clause, its parameters and, with a point, the distance expression. */
    private record Built(String where, Map<String, Object> params, String distance) {
    }

    /** The database's plan for a search's count (tests check it reads indexes, not whole tables). */
    public String plan(SearchQuery q) {
        Built b = build(q);
        return String.join("\n", jdbc.sql("explain select count(*) from lo_service s" + b.where()).params(b.params())
                .query((rs, i) -> rs.getString(1)).list());
    }

    /** The published services a query selects, nearest first when it has a point, otherwise by name. */
    public Paged<ServiceHit> search(SearchQuery q, int page, int size) {
        Built b = build(q);
        Map<String, Object> p = b.params();
        String where = b.where();
        String distance = b.distance();
        long total = jdbc.sql("select count(*) from lo_service s" + where).params(p).query(Long.class).single();
        String select = "select s.id, s.name, s.description, s.status, s.free, s.minimum_age, s.maximum_age, s.review_due,"
                + " o.name org," + (distance == null ? " null d2" : " " + distance + " d2")
                + " from lo_service s join lo_organisation o on o.id = s.organisation_id" + where;
        String order = distance == null ? " order by s.sort_name, s.id" : " order by d2 nulls last, s.sort_name, s.id";
        p.put("size", size);
        p.put("offset", (long) page * size);
        record Hit(String id, String name, String description, String status, boolean free, Integer min, Integer max,
                LocalDate reviewDue, String org, Double d2) {
        }
        List<Hit> hits = jdbc.sql(select + order + " limit :size offset :offset").params(p)
                .query((rs, i) -> new Hit(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                        rs.getString("status"), rs.getBoolean("free"), integer(rs, "minimum_age"), integer(rs, "maximum_age"),
                        date(rs, "review_due"), rs.getString("org"),
                        rs.getObject("d2") == null ? null : rs.getDouble("d2")))
                .list();
        List<String> ids = hits.stream().map(Hit::id).toList();
        Map<String, List<String>> termNames = termNamesOf(ids);
        Map<String, String> towns = townsOf(ids);
        List<ServiceHit> items = hits.stream().map(h -> new ServiceHit(h.id, h.name, h.description, h.org, h.status, h.free,
                h.min, h.max, termNames.getOrDefault(h.id, List.of()), towns.get(h.id),
                h.d2 == null ? null : Math.sqrt(h.d2) * METRES_PER_DEGREE, h.reviewDue)).toList();
        return new Paged<>(items, page, size, total);
    }

    private Map<String, List<String>> termNamesOf(List<String> serviceIds) {
        Map<String, List<String>> names = new HashMap<>();
        if (serviceIds.isEmpty()) {
            return names;
        }
        jdbc.sql("""
                select st.service_id, t.name from lo_service_term st join lo_taxonomy_term t on t.id = st.term_id
                where st.la_code = :la and st.service_id in (:ids) order by t.name""")
                .param("la", la).param("ids", serviceIds)
                .query((rs, i) -> names.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
        return names;
    }

    private Map<String, String> townsOf(List<String> serviceIds) {
        Map<String, String> towns = new HashMap<>();
        if (serviceIds.isEmpty()) {
            return towns;
        }
        jdbc.sql("""
                select sal.service_id, l.city from lo_service_at_location sal join lo_location l on l.id = sal.location_id
                where sal.la_code = :la and sal.service_id in (:ids) and sal.position = 0""")
                .param("la", la).param("ids", serviceIds)
                .query((rs, i) -> towns.put(rs.getString(1), rs.getString(2))).list();
        return towns;
    }

    /** The ids of published services a query selects, a page at a time (the ORUK API loads each in full). */
    public Paged<String> searchIds(SearchQuery q, int page, int size) {
        Paged<ServiceHit> hits = search(q, page, size);
        return new Paged<>(hits.items().stream().map(ServiceHit::id).toList(), page, size, hits.total());
    }

    /** Service-at-location rows (id, service id, location id) of the services a query selects. */
    public record SalRow(String id, String serviceId, String locationId) {
    }

    public Paged<SalRow> serviceAtLocations(SearchQuery q, int page, int size) {
        // search by service first (indexed), then list their locations; the number of services is bounded by the page
        Paged<String> ids = searchIds(q, 0, Paged.MAX_SIZE * 50);
        if (ids.items().isEmpty()) {
            return new Paged<>(List.of(), page, size, 0);
        }
        StringBuilder where = new StringBuilder(" where sal.la_code = :la and sal.service_id in (:ids)");
        Map<String, Object> p = new HashMap<>();
        p.put("la", la);
        p.put("ids", ids.items());
        if (q.hasPoint() && q.radiusMetres() != null) {
            double cos = Math.cos(Math.toRadians(q.latitude()));
            double dLat = q.radiusMetres() / METRES_PER_DEGREE;
            double dLon = dLat / Math.max(cos, 0.01);
            where.append(" and l.latitude between :lat0 and :lat1 and l.longitude between :lon0 and :lon1");
            p.put("lat0", q.latitude() - dLat);
            p.put("lat1", q.latitude() + dLat);
            p.put("lon0", q.longitude() - dLon);
            p.put("lon1", q.longitude() + dLon);
        }
        String from = " from lo_service_at_location sal join lo_location l on l.id = sal.location_id";
        long total = jdbc.sql("select count(*)" + from + where).params(p).query(Long.class).single();
        p.put("size", size);
        p.put("offset", (long) page * size);
        List<SalRow> rows = jdbc.sql("select sal.id, sal.service_id, sal.location_id" + from + where
                + " order by sal.service_id, sal.position limit :size offset :offset").params(p)
                .query((rs, i) -> new SalRow(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        return new Paged<>(rows, page, size, total);
    }

    public Optional<SalRow> serviceAtLocation(String id) {
        return jdbc.sql("select id, service_id, location_id from lo_service_at_location where id = ? and la_code = ?")
                .params(id, la).query((rs, i) -> new SalRow(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    public String attributeId(String serviceId, String termId) {
        return UUID.nameUUIDFromBytes((serviceId + "|" + termId).getBytes()).toString();
    }

    // ---- mapping

    static String sortName(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.UK);
    }

    private static Organisation organisation(ResultSet rs, int i) throws SQLException {
        return new Organisation(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                rs.getString("email"), rs.getString("website"));
    }

    private static Taxonomy taxonomy(ResultSet rs, int i) throws SQLException {
        return new Taxonomy(rs.getString("id"), rs.getString("name"), rs.getString("description"), rs.getString("uri"),
                rs.getString("version"));
    }

    private static TaxonomyTerm term(ResultSet rs, int i) throws SQLException {
        return new TaxonomyTerm(rs.getString("id"), rs.getString("taxonomy_id"), rs.getString("parent_id"),
                rs.getString("code"), rs.getString("name"), rs.getString("description"), rs.getString("term_uri"));
    }

    private static ServiceVersion version(ResultSet rs, int i) throws SQLException {
        return new ServiceVersion(rs.getLong("id"), rs.getString("service_id"), rs.getString("organisation_id"),
                rs.getInt("version_no"), rs.getString("state"), ContentJson.read(rs.getString("content")),
                rs.getString("note"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("decision_note"));
    }

    private static ServiceRow serviceRow(ResultSet rs, int i) throws SQLException {
        return new ServiceRow(rs.getString("id"), rs.getString("organisation_id"), rs.getString("name"),
                rs.getString("status"), date(rs, "review_due"), rs.getInt("issues"), rs.getInt("pending") > 0);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
