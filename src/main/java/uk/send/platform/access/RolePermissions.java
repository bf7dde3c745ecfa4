package uk.send.platform.access;

import java.util.List;
import uk.send.platform.kernel.LocalArea;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Role -> action -> scope, held as data so a Local Area can tune least privilege without a release. */
@Service
public class RolePermissions {

    private final JdbcClient jdbc;
    private final String laCode;

    RolePermissions(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.laCode = localArea.code();
    }

    public record Grant(String role, String action, Scope scope) {
    }

    public List<Grant> all() {
        return jdbc.sql("select role_code, action, scope from role_permissions where la_code = ? order by role_code, action")
                .param(laCode)
                .query((rs, n) -> new Grant(rs.getString(1), rs.getString(2), Scope.valueOf(rs.getString(3)))).list();
    }

    @Transactional
    public void grant(String role, String action, Scope scope) {
        if (!Actions.ALL.contains(action)) {
            throw new IllegalArgumentException("Unknown action " + action);
        }
        revoke(role, action);
        jdbc.sql("insert into role_permissions (la_code, role_code, action, scope) values (?, ?, ?, ?)")
                .params(laCode, role, action, scope.name()).update();
    }

    public void revoke(String role, String action) {
        jdbc.sql("delete from role_permissions where la_code = ? and role_code = ? and action = ?")
                .params(laCode, role, action).update();
    }
}
