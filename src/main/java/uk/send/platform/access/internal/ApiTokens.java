package uk.send.platform.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.send.platform.kernel.LocalArea;

/** API tokens for integrations: shown once at creation, stored only as a SHA-256 hash, revocable. */
@Component
class ApiTokens {

    static final String PREFIX = "sendp_";
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String laCode;

    ApiTokens(JdbcClient jdbc, Clock clock, LocalArea localArea) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.laCode = localArea.code();
    }

    record IssuedToken(long id, String token) {
    }

    record TokenSummary(long id, String name, String username, String prefix, Instant createdAt, String createdBy,
            Instant revokedAt, Instant lastUsedAt) {

        public java.time.LocalDateTime lastUsedLocal() {
            return lastUsedAt == null ? null : java.time.LocalDateTime.ofInstant(lastUsedAt, java.time.ZoneId.of("Europe/London"));
        }
    }

    IssuedToken issue(long userId, String name, String createdBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into api_tokens (la_code, user_id, name, token_hash, token_prefix, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(laCode, userId, name, hash(token), token.substring(0, 10), java.sql.Timestamp.from(clock.instant()), createdBy)
                .update(keys, "id");
        return new IssuedToken(keys.getKey().longValue(), token);
    }

    boolean revoke(long id) {
        return jdbc.sql("update api_tokens set revoked_at = ? where la_code = ? and id = ? and revoked_at is null")
                .params(java.sql.Timestamp.from(clock.instant()), laCode, id).update() == 1;
    }

    boolean exists(long id) {
        return jdbc.sql("select count(*) from api_tokens where la_code = ? and id = ?").params(laCode, id).query(Long.class).single() > 0;
    }

    /** The user a live token belongs to. */
    Optional<Long> userFor(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<Long> user = jdbc.sql("select user_id from api_tokens where token_hash = ? and la_code = ? and revoked_at is null")
                .params(hash, laCode).query(Long.class).optional();
        user.ifPresent(u -> jdbc.sql("update api_tokens set last_used_at = ? where token_hash = ?")
                .params(java.sql.Timestamp.from(clock.instant()), hash).update());
        return user;
    }

    List<TokenSummary> list() {
        return jdbc.sql("""
                select t.id, t.name, u.username, t.token_prefix, t.created_at, t.created_by, t.revoked_at, t.last_used_at
                from api_tokens t join users u on u.id = t.user_id where t.la_code = ? order by t.created_at desc""")
                .param(laCode)
                .query((rs, n) -> new TokenSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs.getTimestamp(5)), rs.getString(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8))))
                .list();
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
