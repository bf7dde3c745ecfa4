package uk.send.platform.advice.internal;

import uk.send.platform.kernel.LocalArea;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.RecordNotFound;

/** PDF attachments to advice: added and removed by the service's providers while the request is open. */
@Service
class AdviceAttachments {

    static final int MAX_PER_REQUEST = 10;
    private static final String COLUMNS = "id, request_id, file_name, content_type, size_bytes, uploaded_at, uploaded_by";

    private final JdbcClient jdbc;
    private final AdviceAccess access;
    private final AdviceClock clock;
    private final String la;

    AdviceAttachments(JdbcClient jdbc, AdviceAccess access, AdviceClock clock,
            LocalArea localArea) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.la = localArea.code();
    }

    @Transactional
    public Attachment add(String requestId, String originalName, String contentType, byte[] content) {
        Provider provider = access.requireProvider();
        AdviceRequest request = access.providerRequest(provider, requestId);
        AdviceSubmissions.requireOpen(request);
        String name = PdfUpload.check(originalName, contentType, content);
        if (list(requestId).size() >= MAX_PER_REQUEST) {
            throw InvalidInput.of(PdfUpload.FIELD, "A request can have up to " + MAX_PER_REQUEST
                    + " attachments; remove one first");
        }
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into advice_attachments (la_code, " + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(la, id, requestId, name, "application/pdf", (long) content.length,
                        Timestamp.from(clock.clock().instant()), provider.username(), content)
                .update();
        access.logged(requestId, "ATTACH");
        return find(requestId, id).orElseThrow();
    }

    @Transactional
    public void remove(String requestId, String attachmentId) {
        Provider provider = access.requireProvider();
        AdviceRequest request = access.providerRequest(provider, requestId);
        AdviceSubmissions.requireOpen(request);
        int removed = jdbc.sql("delete from advice_attachments where la_code = ? and request_id = ? and id = ?")
                .params(la, requestId, attachmentId).update();
        if (removed == 0) {
            throw new RecordNotFound("Attachment " + attachmentId);
        }
        access.logged(requestId, "DETACH");
    }

    List<Attachment> list(String requestId) {
        return jdbc.sql("select " + COLUMNS + " from advice_attachments where la_code = ? and request_id = ? "
                        + "order by uploaded_at, id")
                .params(la, requestId).query(AdviceAttachments::map).list();
    }

    /** The file's bytes, for someone who may read the request (checked by the caller through AdviceAccess.read). */
    byte[] content(String requestId, String attachmentId) {
        return jdbc.sql("select content from advice_attachments where la_code = ? and request_id = ? and id = ?")
                .params(la, requestId, attachmentId).query((rs, n) -> rs.getBytes(1)).optional()
                .orElseThrow(() -> new RecordNotFound("Attachment " + attachmentId));
    }

    Optional<Attachment> find(String requestId, String attachmentId) {
        return jdbc.sql("select " + COLUMNS + " from advice_attachments where la_code = ? and request_id = ? and id = ?")
                .params(la, requestId, attachmentId).query(AdviceAttachments::map).optional();
    }

    private static Attachment map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Attachment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7));
    }
}
