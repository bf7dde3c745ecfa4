package uk.send.platform.access;

import uk.send.platform.kernel.LocalArea;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their roles. Passwords are stored only as hashes. */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String laCode;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, LocalArea localArea) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.laCode = localArea.code();
    }

    @Transactional
    public long create(NewUser user) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into users (la_code, username, display_name, email, team, service, password_hash, enabled, created_at)
                values (?, ?, ?, ?, ?, ?, ?, true, ?)""")
                .params(laCode, user.username(), user.displayName(), user.email(), user.team(), user.service(),
                        passwords.encode(user.password()), java.sql.Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        setRoles(id, user.roles());
        return id;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from users where username = ?").param(username).query(Long.class).single() > 0;
    }

    public boolean anyUsers() {
        return jdbc.sql("select count(*) from users").query(Long.class).single() > 0;
    }

    @Transactional
    public void setRoles(long userId, Set<String> roles) {
        jdbc.sql("delete from user_roles where la_code = ? and user_id = ?").params(laCode, userId).update();
        for (String role : roles) {
            jdbc.sql("insert into user_roles (la_code, user_id, role_code) values (?, ?, ?)").params(laCode, userId, role)
                    .update();
        }
    }

    /** The role that manages users: at least one enabled account always holds it. */
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    /**
     * Saves an administrator's changes to a user in one transaction: details, roles and (when given) a new password.
     * Refused, changing nothing, when it would leave no enabled administrator (issue 16, finding 5).
     */
    @Transactional
    public void change(long userId, String displayName, String email, String team, String service, boolean enabled,
            Set<String> roles, String newPassword) {
        UserAccount before = find(userId).orElseThrow(() -> new uk.send.platform.kernel.RecordNotFound("User"));
        boolean staysAdministrator = enabled && roles.contains(ADMINISTRATOR);
        if (before.enabled() && before.roles().contains(ADMINISTRATOR) && !staysAdministrator
                && otherEnabledAdministrators(userId) == 0) {
            throw uk.send.platform.kernel.InvalidInput.of(enabled ? "roles" : "enabled",
                    "This is the last enabled administrator: make someone else an administrator first");
        }
        update(userId, displayName, email, team, service, enabled);
        setRoles(userId, roles);
        if (newPassword != null && !newPassword.isBlank()) {
            changePassword(userId, newPassword);
        }
    }

    private long otherEnabledAdministrators(long userId) {
        return jdbc.sql("""
                select count(*) from users u join user_roles r on r.la_code = u.la_code and r.user_id = u.id
                where u.la_code = ? and r.role_code = ? and u.enabled = true and u.id <> ?""")
                .params(laCode, ADMINISTRATOR, userId).query(Long.class).single();
    }

    public void update(long userId, String displayName, String email, String team, String service, boolean enabled) {
        jdbc.sql("update users set display_name = ?, email = ?, team = ?, service = ?, enabled = ? where id = ?")
                .params(displayName, email, team, service, enabled, userId).update();
    }

    public void changePassword(long userId, String newPassword) {
        jdbc.sql("update users set password_hash = ? where id = ?").params(passwords.encode(newPassword), userId).update();
    }

    public List<UserAccount> list() {
        Map<Long, Set<String>> roles = rolesByUser();
        return jdbc.sql("select id, username, display_name, email, team, service, enabled from users order by username")
                .query((rs, n) -> new UserAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), roles.getOrDefault(rs.getLong(1), Set.of())))
                .list();
    }

    public Optional<UserAccount> find(long id) {
        return list().stream().filter(u -> u.id() == id).findFirst();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select id from users where username = ?").param(username).query(Long.class).optional()
                .flatMap(this::find);
    }

    /** Role code -> display name, in a stable order. */
    public Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        jdbc.sql("select code, name from roles where la_code = ? order by name").param(laCode).query((rs, n) -> roles.put(rs.getString(1), rs.getString(2)))
                .list();
        return roles;
    }

    private Map<Long, Set<String>> rolesByUser() {
        Map<Long, Set<String>> roles = new java.util.HashMap<>();
        jdbc.sql("select user_id, role_code from user_roles where la_code = ?").param(laCode)
                .query((rs, n) -> roles.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2)))
                .list();
        return roles;
    }
}
