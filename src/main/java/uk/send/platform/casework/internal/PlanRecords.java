package uk.send.platform.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import uk.send.platform.casework.Placement;
import uk.send.platform.casework.PlanItem;
import uk.send.platform.casework.PlanSection;
import uk.send.platform.casework.PlanVersion;
import uk.send.platform.children.SettingType;

/** plan_versions, plan_items and plan_links in plain SQL; every statement is by case or version id. */
@Repository
class PlanRecords {

    static final int WORKING = 0;

    record Stored(long id, int version, String status, LocalDate issuedOn, int revision, Placement placement) {
    }

    private final JdbcClient jdbc;

    PlanRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(String la, String caseId, int version) {
        return jdbc.sql("select id, version_no, status, issued_on, revision, placement_urn, placement_type, "
                        + "placement_name from plan_versions where la_code = ? and case_id = ? and version_no = ?")
                .params(la, caseId, version)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5),
                        placement(rs.getString(6), rs.getString(7), rs.getString(8))))
                .optional();
    }

    private static Placement placement(String urn, String type, String name) {
        return urn == null && type == null ? null
                : new Placement(urn, type == null ? null : SettingType.valueOf(type), name);
    }

    /** Section I of a version: written on the working copy, copied into a version when it is issued. */
    void place(long versionId, Placement placement) {
        jdbc.sql("update plan_versions set placement_urn = ?, placement_type = ?, placement_name = ? where id = ?")
                .params(placement == null ? null : placement.urn(),
                        placement == null || placement.settingType() == null ? null : placement.settingType().name(),
                        placement == null ? null : placement.name(), versionId)
                .update();
    }

    List<PlanVersion> versions(String la, String caseId) {
        return jdbc.sql("select version_no, status, issued_on, created_at, created_by from plan_versions "
                        + "where la_code = ? and case_id = ? and version_no > 0 order by version_no")
                .params(la, caseId)
                .query((rs, n) -> new PlanVersion(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    long create(String la, String caseId, int version, String status, LocalDate issuedOn, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into plan_versions (la_code, case_id, version_no, status, issued_on, revision, created_at, created_by)
                values (?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(la, caseId, version, status, issuedOn, Timestamp.from(at), by).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Moves the working copy to its next revision if it is still at the one read; false when someone saved first. */
    boolean advance(long id, int revision) {
        return jdbc.sql("update plan_versions set revision = revision + 1 where id = ? and revision = ?")
                .params(id, revision).update() == 1;
    }

    int nextVersion(String la, String caseId) {
        return jdbc.sql("select coalesce(max(version_no), 0) + 1 from plan_versions where la_code = ? and case_id = ?")
                .params(la, caseId).query(Integer.class).single();
    }

    List<PlanItem> items(long versionId) {
        Map<String, List<String>> links = new LinkedHashMap<>();
        jdbc.sql("select from_key, to_key from plan_links where version_id = ? order by from_key, to_key")
                .param(versionId)
                .query((rs, n) -> links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return jdbc.sql("select item_key, section, body, by_date, frequency, duration, delivered_by from plan_items "
                        + "where version_id = ? order by position")
                .param(versionId)
                .query((rs, n) -> new PlanItem(rs.getString(1), PlanSection.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        links.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    void replaceItems(String la, long versionId, List<PlanItem> items) {
        jdbc.sql("delete from plan_links where version_id = ?").param(versionId).update();
        jdbc.sql("delete from plan_items where version_id = ?").param(versionId).update();
        int position = 0;
        for (PlanItem item : items) {
            jdbc.sql("""
                    insert into plan_items (version_id, item_key, la_code, section, position, body, by_date, frequency,
                      duration, delivered_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(versionId, item.key(), la, item.section().name(), position++, item.text(), item.byDate(),
                            item.frequency(), item.duration(), item.deliveredBy())
                    .update();
            for (String to : item.serves()) {
                jdbc.sql("insert into plan_links (version_id, la_code, from_key, to_key) values (?, ?, ?, ?)")
                        .params(versionId, la, item.key(), to).update();
            }
        }
    }
}
