package uk.send.platform.children;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.send.platform.kernel.Paged;

/** The register's tables, in plain SQL. Every query filters by the Local Area's code and has an index behind it. */
@Repository
class ChildRecords {

    private static final String COLUMNS = "id, given_name, family_name, date_of_birth, sex, ethnicity, postcode, "
            + "nhs_number, upn, uln, upn_unknown_reason, setting_urn, setting_type, looked_after, looked_after_from, "
            + "looked_after_to, version, created_at, updated_at";

    private final JdbcClient jdbc;

    ChildRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String laCode, String id, ChildRules.Checked c, Instant now) {
        jdbc.sql("insert into children (la_code, given_name_search, family_name_search, " + COLUMNS + ") values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
                .params(laCode, search(c.givenName()), search(c.familyName()), id, c.givenName(), c.familyName(),
                        c.dateOfBirth(), c.sex(), c.ethnicity(), c.postcode(), c.nhsNumber(), c.upn(), c.uln(),
                        c.upnUnknownReason(), c.settingUrn(), c.settingType(), c.lookedAfter(), c.lookedAfterFrom(),
                        c.lookedAfterTo(), Timestamp.from(now), Timestamp.from(now))
                .update();
        insertContacts(laCode, id, c.contacts());
    }

    /** Updates when the stored version still matches; false when someone else changed it first. */
    boolean update(String laCode, String id, int expectedVersion, ChildRules.Checked c, Instant now) {
        int rows = jdbc.sql("""
                update children set given_name = ?, family_name = ?, given_name_search = ?, family_name_search = ?,
                  date_of_birth = ?, sex = ?, ethnicity = ?, postcode = ?, nhs_number = ?, upn = ?, uln = ?,
                  upn_unknown_reason = ?, setting_urn = ?, setting_type = ?, looked_after = ?, looked_after_from = ?,
                  looked_after_to = ?, updated_at = ?, version = version + 1
                where la_code = ? and id = ? and version = ?""")
                .params(c.givenName(), c.familyName(), search(c.givenName()), search(c.familyName()), c.dateOfBirth(),
                        c.sex(), c.ethnicity(), c.postcode(), c.nhsNumber(), c.upn(), c.uln(), c.upnUnknownReason(),
                        c.settingUrn(), c.settingType(), c.lookedAfter(), c.lookedAfterFrom(), c.lookedAfterTo(),
                        Timestamp.from(now), laCode, id, expectedVersion)
                .update();
        if (rows == 1) {
            jdbc.sql("delete from child_contacts where la_code = ? and child_id = ?").params(laCode, id).update();
            insertContacts(laCode, id, c.contacts());
        }
        return rows == 1;
    }

    private void insertContacts(String laCode, String childId, List<Contact> contacts) {
        for (Contact contact : contacts) {
            jdbc.sql("""
                    insert into child_contacts (la_code, child_id, name, relationship, phone, email, address, main_contact)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(laCode, childId, contact.name(), contact.relationship(), contact.phone(), contact.email(),
                            contact.address(), contact.mainContact())
                    .update();
        }
    }

    Optional<Child> find(String laCode, String id) {
        return jdbc.sql("select " + COLUMNS + " from children where la_code = ? and id = ?").params(laCode, id)
                .query((rs, n) -> child(rs, contacts(laCode, rs.getString("id")))).optional();
    }

    boolean exists(String laCode, String id) {
        return jdbc.sql("select count(*) from children where la_code = ? and id = ?").params(laCode, id)
                .query(Long.class).single() > 0;
    }

    Optional<String> idByNhsNumber(String laCode, String nhsNumber) {
        return jdbc.sql("select id from children where la_code = ? and nhs_number = ?").params(laCode, nhsNumber)
                .query(String.class).optional();
    }

    List<ChildSummary> summaries(String laCode, java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, given_name, family_name, date_of_birth, nhs_number, setting_urn, setting_type "
                        + "from children where la_code = :la and id in (:ids)")
                .param("la", laCode).param("ids", ids)
                .query((rs, n) -> new ChildSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    Paged<Child> search(String laCode, ChildSearch q, int page, int size) {
        StringBuilder where = new StringBuilder(" where la_code = :la");
        List<String> names = q.name() == null ? List.of()
                : List.of(q.name().strip().toLowerCase(Locale.ROOT).split("\\s+")).stream().filter(s -> !s.isEmpty()).toList();
        if (names.size() == 1) {
            where.append(" and (family_name_search like :n0 or given_name_search like :n0)");
        } else if (names.size() > 1) {
            where.append(" and given_name_search like :n0 and family_name_search like :n1");
        }
        if (q.dateOfBirth() != null) where.append(" and date_of_birth = :dob");
        if (q.nhsNumber() != null) where.append(" and nhs_number = :nhs");
        if (q.upn() != null) where.append(" and upn = :upn");
        var count = bind(jdbc.sql("select count(*) from children" + where), laCode, q, names).query(Long.class).single();
        var rows = bind(jdbc.sql("select " + COLUMNS + " from children" + where
                        + " order by family_name_search, given_name_search, id limit :size offset :offset"), laCode, q, names)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> child(rs, List.of())).list();
        return new Paged<>(rows, page, size, count);
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String laCode, ChildSearch q, List<String> names) {
        spec = spec.param("la", laCode);
        if (names.size() == 1) {
            spec = spec.param("n0", like(names.get(0)));
        } else if (names.size() > 1) {
            spec = spec.param("n0", like(names.get(0))).param("n1", like(String.join(" ", names.subList(1, names.size()))));
        }
        if (q.dateOfBirth() != null) spec = spec.param("dob", q.dateOfBirth());
        if (q.nhsNumber() != null) spec = spec.param("nhs", q.nhsNumber());
        if (q.upn() != null) spec = spec.param("upn", q.upn());
        return spec;
    }

    long count(String laCode) {
        return jdbc.sql("select count(*) from children where la_code = ?").param(laCode).query(Long.class).single();
    }

    Optional<String> familyEmail(String laCode, String childId) {
        return jdbc.sql("select email from child_contacts where la_code = ? and child_id = ? and email is not null "
                        + "order by main_contact desc limit 1")
                .params(laCode, childId).query(String.class).optional();
    }

    private List<Contact> contacts(String laCode, String childId) {
        return jdbc.sql("select name, relationship, phone, email, address, main_contact from child_contacts "
                        + "where la_code = ? and child_id = ? order by main_contact desc, id")
                .params(laCode, childId)
                .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6)))
                .list();
    }

    private static Child child(ResultSet rs, List<Contact> contacts) throws SQLException {
        return new Child(rs.getString("id"), rs.getString("given_name"), rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"), rs.getString("ethnicity"),
                rs.getString("postcode"), trim(rs.getString("nhs_number")), trim(rs.getString("upn")),
                trim(rs.getString("uln")), rs.getString("upn_unknown_reason"), trim(rs.getString("setting_urn")),
                rs.getString("setting_type"), rs.getBoolean("looked_after"),
                rs.getObject("looked_after_from", LocalDate.class), rs.getObject("looked_after_to", LocalDate.class),
                new ArrayList<>(contacts), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    static String search(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
