package uk.send.platform.advice.internal;

import uk.send.platform.kernel.LocalArea;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partner services of the Local Area, as data (a handful of rows, so listing them all is fine). */
@Repository
class PartnerServices {

    private static final String COLUMNS = "id, code, name, kind, contact_email, default_for_kind, active";
    private final JdbcClient jdbc;
    private final String la;

    PartnerServices(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.la = localArea.code();
    }

    List<PartnerService> all() {
        return jdbc.sql("select " + COLUMNS + " from advice_services where la_code = ? order by name").param(la)
                .query(PartnerServices::map).list();
    }

    List<PartnerService> active() {
        return all().stream().filter(PartnerService::active).toList();
    }

    Optional<PartnerService> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from advice_services where la_code = ? and id = ?").params(la, id)
                .query(PartnerServices::map).optional();
    }

    Optional<PartnerService> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from advice_services where la_code = ? and code = ?")
                .params(la, code).query(PartnerServices::map).optional();
    }

    /** The service a user belongs to: users carry their service's name (access module, users.service). */
    Optional<PartnerService> byMemberService(String userService) {
        if (userService == null || userService.isBlank()) {
            return Optional.empty();
        }
        return all().stream().filter(s -> s.name().equalsIgnoreCase(userService.strip())).findFirst();
    }

    /**
     * Where a request goes: the active service the casework recipient names (by code or name), else the default
     * service of the kind; empty when the Local Area has none.
     */
    Optional<PartnerService> route(AdviceKind kind, String recipient) {
        List<PartnerService> services = active();
        if (recipient != null && !recipient.isBlank()) {
            String wanted = recipient.strip().toLowerCase(Locale.ROOT);
            Optional<PartnerService> named = services.stream()
                    .filter(s -> s.code().equals(wanted) || s.name().toLowerCase(Locale.ROOT).equals(wanted))
                    .findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return services.stream().filter(s -> s.kind() == kind && s.defaultForKind()).findFirst();
    }

    void insertIfAbsent(String code, String name, AdviceKind kind, String contactEmail, boolean defaultForKind) {
        if (byCode(code).isEmpty()) {
            jdbc.sql("""
                    insert into advice_services (la_code, code, name, kind, contact_email, default_for_kind, active)
                    values (?, ?, ?, ?, ?, ?, true)""")
                    .params(la, code, name, kind.name(), contactEmail, defaultForKind).update();
        }
    }

    /** Adds or changes a service by its code; a service made the default of its kind replaces the old default. */
    void save(PartnerService s) {
        if (s.defaultForKind()) {
            jdbc.sql("update advice_services set default_for_kind = false where la_code = ? and kind = ? and code <> ?")
                    .params(la, s.kind().name(), s.code()).update();
        }
        int updated = jdbc.sql("""
                update advice_services set name = ?, kind = ?, contact_email = ?, default_for_kind = ?, active = ?
                where la_code = ? and code = ?""")
                .params(s.name(), s.kind().name(), s.contactEmail(), s.defaultForKind(), s.active(), la, s.code())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into advice_services (la_code, code, name, kind, contact_email, default_for_kind, active)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(la, s.code(), s.name(), s.kind().name(), s.contactEmail(), s.defaultForKind(), s.active())
                    .update();
        }
    }

    private static PartnerService map(ResultSet rs, int n) throws SQLException {
        return new PartnerService(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                AdviceKind.valueOf(rs.getString("kind")), rs.getString("contact_email"),
                rs.getBoolean("default_for_kind"), rs.getBoolean("active"));
    }
}
