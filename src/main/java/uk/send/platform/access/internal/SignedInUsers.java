package uk.send.platform.access.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;

/** Loads a user with their roles and the widest scope each of their roles grants per action. */
@Component
class SignedInUsers implements UserDetailsService {

    private final JdbcClient jdbc;
    private final String laCode;

    SignedInUsers(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.laCode = localArea.code();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return byColumn("username", username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    Optional<SignedInUser> byId(long id) {
        return byColumn("id", id);
    }

    private Optional<SignedInUser> byColumn(String column, Object value) {
        record Row(long id, String username, String displayName, String team, String service, String hash, boolean enabled) {
        }
        return jdbc.sql("select id, username, display_name, team, service, password_hash, enabled from users where "
                        + column + " = ?")
                .param(value)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7)))
                .optional()
                .map(r -> {
                    Set<String> roles = new HashSet<>();
                    Map<String, Scope> permissions = new HashMap<>();
                    jdbc.sql("""
                            select ur.role_code, rp.action, rp.scope from user_roles ur
                            left join role_permissions rp on rp.la_code = ur.la_code and rp.role_code = ur.role_code
                            where ur.la_code = ? and ur.user_id = ?""")
                            .params(laCode, r.id())
                            .query((rs, n) -> {
                                roles.add(rs.getString(1));
                                if (rs.getString(2) != null) {
                                    permissions.merge(rs.getString(2), Scope.valueOf(rs.getString(3)),
                                            (a, b) -> a.covers(b) ? a : b);
                                }
                                return null;
                            }).list();
                    CurrentUser user = new CurrentUser(r.id(), r.username(), r.displayName(), r.team(), r.service(),
                            Set.copyOf(roles), Map.copyOf(permissions));
                    return new SignedInUser(user, r.hash(), r.enabled());
                });
    }
}
