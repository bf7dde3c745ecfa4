package uk.send.platform.advice.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.send.platform.documents.Downloads;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/** The advice portal over JSON: everything the pages do (docs/api-contract.md, "Advice"). */
@RestController
@RequestMapping("/api/v1/advice")
@Tag(name = "Advice", description = "Advice requests to partner services, structured advice and attachments")
class AdviceApi {

    private final AdviceAccess access;
    private final uk.send.platform.access.AccessControl accessControl;
    private final AdviceTray tray;
    private final RequestViews views;
    private final AdviceSubmissions submissions;
    private final AdviceAttachments attachments;
    private final AdviceForms forms;
    private final PartnerServices services;
    private final ServiceDirectory directory;

    AdviceApi(AdviceAccess access, uk.send.platform.access.AccessControl accessControl, AdviceTray tray, RequestViews views, AdviceSubmissions submissions,
            AdviceAttachments attachments, AdviceForms forms, PartnerServices services,
            ServiceDirectory directory) {
        this.access = access;
        this.accessControl = accessControl;
        this.tray = tray;
        this.views = views;
        this.submissions = submissions;
        this.attachments = attachments;
        this.forms = forms;
        this.services = services;
        this.directory = directory;
    }

    /** The signed-in provider's tray: view OPEN (overdue first), RETURNED or WITHDRAWN; mine=true for their own. */
    @GetMapping("/requests")
    Paged<RequestJson> tray(@RequestParam(defaultValue = "OPEN") TrayView view,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Provider provider = access.requireProvider();
        Paged<TrayItem> items = tray.list(provider, view, mine, page, size);
        return new Paged<>(items.items().stream().map(i -> RequestJson.summary(i, provider.service())).toList(),
                items.page(), items.size(), items.total());
    }

    @GetMapping("/requests/{id}")
    RequestJson get(@PathVariable String id) {
        return json(views.view(id));
    }

    /** The request a case's advice id names (casework's adviceId), for integrations that start from the case. */
    @GetMapping("/cases/{caseId}/advice/{adviceId}")
    RequestJson byCase(@PathVariable String caseId, @PathVariable String adviceId) {
        return get(access.readableByCase(caseId, adviceId).id());
    }

    @PostMapping("/requests/{id}/acceptance")
    RequestJson accept(@PathVariable String id, @RequestBody(required = false) Map<String, Integer> body) {
        tray.accept(id, body == null ? null : body.get("version"));
        return get(id);
    }

    /** Gives the request to a colleague of the same service: {"assignee": "username", "version": 0}. */
    @PostMapping(path = "/requests/{id}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
    RequestJson assign(@PathVariable String id, @RequestBody Map<String, Object> body) {
        Object version = body.get("version");
        if (version != null && !(version instanceof Integer)) {
            throw InvalidInput.of("version", "version must be the whole number read from the request");
        }
        tray.assignTo(id, (Integer) version, body.get("assignee") == null ? null : body.get("assignee").toString());
        return get(id);
    }

    @PutMapping(path = "/requests/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    RequestJson saveDraft(@PathVariable String id, @RequestBody AnswersBody body) {
        submissions.saveDraft(id, body.toAnswers());
        return get(id);
    }

    @PostMapping(path = "/requests/{id}/submission", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RequestJson> submit(@PathVariable String id, @RequestBody AnswersBody body) {
        submissions.submit(id, body.toAnswers(), AnswersInput.lateReason(body.lateReason()), body.lateNote());
        return ResponseEntity.status(201).body(get(id));
    }

    @PostMapping(path = "/requests/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attachment> attach(@PathVariable String id, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        Attachment added = file == null ? attachments.add(id, null, null, null)
                : attachments.add(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/advice/requests/" + id + "/attachments/" + added.id()))
                .body(added);
    }

    @GetMapping("/requests/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String attachmentId) {
        access.read(id);
        Attachment attachment = attachments.find(id, attachmentId)
                .orElseThrow(() -> new uk.send.platform.kernel.RecordNotFound("Attachment " + attachmentId));
        return Downloads.attachedPdf(attachments.content(id, attachmentId), attachment.fileName());
    }

    @DeleteMapping("/requests/{id}/attachments/{attachmentId}")
    ResponseEntity<Void> detach(@PathVariable String id, @PathVariable String attachmentId) {
        attachments.remove(id, attachmentId);
        return ResponseEntity.noContent().build();
    }

    /** The partner services requests are routed to. */
    @GetMapping("/services")
    List<RequestJson.ServiceJson> services() {
        accessControl.requireUser();
        return services.all().stream().map(RequestJson.ServiceJson::of).toList();
    }

    /** Adds or changes a partner service by its code (administrators). */
    @PutMapping(path = "/services/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    RequestJson.ServiceJson saveService(@PathVariable String code, @RequestBody ServiceDirectory.ServiceInput body) {
        return RequestJson.ServiceJson.of(directory.save(new ServiceDirectory.ServiceInput(code, body.name(),
                body.kind(), body.contactEmail(), body.defaultForKind(), body.active())));
    }

    /** Every version of every advice form, with its questions (keys for the answers of a draft or submission). */
    @GetMapping("/forms")
    List<AdviceForm> forms() {
        accessControl.requireUser();
        return forms.all();
    }

    private static RequestJson json(RequestView v) {
        AdviceRequest r = v.request();
        return new RequestJson(r.id(), r.reference(), r.caseId(), r.adviceId(), r.kind(),
                RequestJson.ServiceJson.of(v.service()), r.requestedOn(), r.dueOn(), v.dueRule(),
                r.status(), r.assignedTo(), r.receivedOn(), r.returnedVia(), r.lateReason(), r.lateNote(),
                r.withdrawnOn(), r.version(), RequestJson.ChildJson.of(v.child()),
                RequestJson.ResponseJson.of(v.response()), v.attachments());
    }
}
