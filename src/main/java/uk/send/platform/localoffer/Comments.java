package uk.send.platform.localoffer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.Scope;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;

/**
 * Regulation 56: the Local Area publishes the comments it receives about its Local Offer and its response to them.
 * Anyone may comment (no sign-in, no name asked); an officer moderates each comment, publishing it with the Local
 * Area's response or declining to publish it (for example when it names a person).
 */
@Service
@Transactional
public class Comments {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final AccessControl access;
    private final Clock clock;
    private final String la;

    Comments(JdbcClient jdbc, Directory directory, AccessControl access, Clock clock, LocalArea localArea) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
        this.la = localArea.code();
    }

    /** A comment from anyone, about one service or (without one) the Local Offer as a whole. */
    public long submit(String serviceId, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("body", "Enter your comment"));
        } else if (text.length() > 4000) {
            problems.add(new FieldProblem("body", "Your comment must be 4,000 characters or fewer"));
        }
        String about = "The Local Offer";
        String service = serviceId == null || serviceId.isBlank() ? null : serviceId.strip();
        if (service != null) {
            about = directory.service(service).content().name();
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        jdbc.sql("insert into lo_comment (la_code, service_id, about, body, received_at, state) values (?, ?, ?, ?, ?, 'RECEIVED')")
                .params(la, service, about, text, Timestamp.from(clock.instant())).update();
        return jdbc.sql("select max(id) from lo_comment where la_code = ?").param(la).query(Long.class).single();
    }

    /** Published comments with the Local Area's responses, newest first: public. */
    @Transactional(readOnly = true)
    public Paged<Comment> published(int page, int size) {
        return inState("PUBLISHED", page, size);
    }

    /** Comments waiting for moderation, oldest first. */
    @Transactional(readOnly = true)
    public Paged<Comment> awaitingModeration(int page, int size) {
        access.require(Actions.LOCAL_OFFER_PUBLISH, Scope.ALL);
        return inState("RECEIVED", page, size);
    }

    @Transactional(readOnly = true)
    public Comment get(long id) {
        access.require(Actions.LOCAL_OFFER_PUBLISH, Scope.ALL);
        return find(id);
    }

    public Comment publish(long id, int version, String response) {
        String by = access.require(Actions.LOCAL_OFFER_PUBLISH, Scope.ALL).username();
        if (response == null || response.isBlank()) {
            throw InvalidInput.of("response", "Enter the Local Area's response to publish with the comment");
        }
        if (response.strip().length() > 4000) {
            throw InvalidInput.of("response", "The response must be 4,000 characters or fewer");
        }
        return decide(id, version, "PUBLISHED", response.strip(), by);
    }

    public Comment decline(long id, int version) {
        String by = access.require(Actions.LOCAL_OFFER_PUBLISH, Scope.ALL).username();
        return decide(id, version, "REJECTED", null, by);
    }

    private Comment decide(long id, int version, String state, String response, String by) {
        Comment c = find(id);
        if (!"RECEIVED".equals(c.state())) {
            throw new ConflictingChange(422, "This comment has already been moderated");
        }
        int updated = jdbc.sql("""
                update lo_comment set state = ?, response = ?, decided_by = ?, decided_at = ?, version = version + 1
                where id = ? and la_code = ? and version = ? and state = 'RECEIVED'""")
                .params(state, response, by, Timestamp.from(clock.instant()), id, la, version).update();
        if (updated == 0) {
            throw new ConflictingChange("Someone else moderated this comment first");
        }
        return find(id);
    }

    private Comment find(long id) {
        return jdbc.sql("select * from lo_comment where id = ? and la_code = ?").params(id, la).query(Comments::row)
                .optional().orElseThrow(() -> new RecordNotFound("Comment " + id));
    }

    private Paged<Comment> inState(String state, int page, int size) {
        Paged.check(page, size);
        long total = jdbc.sql("select count(*) from lo_comment where la_code = ? and state = ?").params(la, state)
                .query(Long.class).single();
        String order = "PUBLISHED".equals(state) ? " order by received_at desc, id desc" : " order by received_at, id";
        List<Comment> rows = jdbc.sql("select * from lo_comment where la_code = ? and state = ?" + order + " limit ? offset ?")
                .params(la, state, size, (long) page * size).query(Comments::row).list();
        return new Paged<>(rows, page, size, total);
    }

    private static Comment row(ResultSet rs, int i) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Comment(rs.getLong("id"), rs.getString("service_id"), rs.getString("about"), rs.getString("body"),
                rs.getTimestamp("received_at").toInstant(), rs.getString("state"), rs.getString("response"),
                decided == null ? null : decided.toInstant(), rs.getInt("version"));
    }
}
