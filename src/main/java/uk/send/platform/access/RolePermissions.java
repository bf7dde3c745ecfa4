package uk.send.platform.access;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Role -> action -> scope, held as data so a Local Area can tune least privilege without a release. */
@Service
public class RolePermissions {

    private final JdbcClient jdbc;

    RolePermissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Grant(String role, String action, Scope scope) {
    }

    public List<Grant> all() {
        return jdbc.sql("select role_code, action, scope from role_permissions order by role_code, action")
                .query((rs, n) -> new Grant(rs.getString(1), rs.getString(2), Scope.valueOf(rs.getString(3)))).list();
    }

    @Transactional
    public void grant(String role, String action, Scope scope) {
        if (!Actions.ALL.contains(action)) {
            throw new IllegalArgumentException("Unknown action " + action);
        }
        jdbc.sql("delete from role_permissions where role_code = ? and action = ?").params(role, action).update();
        jdbc.sql("insert into role_permissions (role_code, action, scope) values (?, ?, ?)")
                .params(role, action, scope.name()).update();
    }

    public void revoke(String role, String action) {
        jdbc.sql("delete from role_permissions where role_code = ? and action = ?").params(role, action).update();
    }
}
