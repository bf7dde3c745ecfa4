package uk.send.platform.advice.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.documents.Downloads;
import uk.send.platform.access.UserAccount;
import uk.send.platform.children.Children;
import uk.send.platform.kernel.Choices;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;

/**
 * The provider's tray and a request's page. A provider sees their service's requests and acts on them; a caseworker
 * who may read the case sees the same request page read-only, with the submitted advice. POST-redirect-GET.
 */
@Controller
@RequestMapping("/advice")
class AdvicePages {

    private final AdviceAccess access;
    private final AdviceTray tray;
    private final RequestViews views;
    private final AdviceSubmissions submissions;
    private final AdviceResponses responses;
    private final AdviceAttachments attachments;
    private final Children children;
    private final AdviceClock clock;

    AdvicePages(AdviceAccess access, AdviceTray tray, RequestViews views, AdviceSubmissions submissions,
            AdviceResponses responses, AdviceAttachments attachments, Children children, AdviceClock clock) {
        this.access = access;
        this.tray = tray;
        this.views = views;
        this.submissions = submissions;
        this.responses = responses;
        this.attachments = attachments;
        this.children = children;
        this.clock = clock;
    }

    @GetMapping
    String tray(@RequestParam(defaultValue = "OPEN") TrayView view, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Optional<Provider> provider = access.provider();
        model.addAttribute("views", TrayView.values());
        model.addAttribute("view", view);
        model.addAttribute("mine", mine);
        if (provider.isEmpty()) {
            return "advice/tray";
        }
        model.addAttribute("service", provider.get().service());
        model.addAttribute("items", tray.list(provider.get(), view, mine, Math.max(0, page), 25));
        model.addAttribute("overdue", tray.overdue(provider.get()));
        model.addAttribute("base", "/advice?view=" + view + "&mine=" + mine + "&");
        return "advice/tray";
    }

    /** The link target a case page uses for one of its advice requests. */
    @GetMapping("/cases/{caseId}/advice/{adviceId}")
    String byCase(@PathVariable String caseId, @PathVariable String adviceId) {
        return "redirect:/advice/requests/" + access.readableByCase(caseId, adviceId).id();
    }

    @GetMapping("/requests/{id}")
    String request(@PathVariable String id, Model model) {
        RequestView view = views.view(id);
        model.addAttribute("view", view);
        model.addAttribute("request", view.request());
        model.addAttribute("provider", view.provider());
        model.addAttribute("child", view.child());
        model.addAttribute("service", view.service());
        model.addAttribute("dueExplanation", view.dueExplanation());
        model.addAttribute("timing", view.timing());
        model.addAttribute("attachments", view.attachments());
        model.addAttribute("response", view.response());
        model.addAttribute("form", view.form());
        model.addAttribute("colleagues", Choices.of(view.colleagues(), UserAccount::username,
                c -> c.displayName() + " (" + c.username() + ")"));
        model.addAttribute("me", view.me());
        return "advice/request";
    }

    @PostMapping("/requests/{id}/accept")
    String accept(@PathVariable String id, @RequestParam(required = false) Integer version, RedirectAttributes flash) {
        tray.accept(id, version);
        flash.addFlashAttribute("banner", "You have accepted this request");
        return "redirect:/advice/requests/" + id;
    }

    @PostMapping("/requests/{id}/assign")
    String assign(@PathVariable String id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String assignee, RedirectAttributes flash) {
        try {
            AdviceRequest request = tray.assignTo(id, version, assignee);
            flash.addFlashAttribute("banner", "This request is now with " + request.assignedTo());
        } catch (InvalidInput e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/advice/requests/" + id;
    }

    @PostMapping("/requests/{id}/attachments")
    String attach(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes flash) throws java.io.IOException {
        try {
            Attachment added = file == null ? attachments.add(id, null, null, null)
                    : attachments.add(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            flash.addFlashAttribute("banner", added.fileName() + " has been attached");
        } catch (InvalidInput e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/advice/requests/" + id + "#attachments";
    }

    @PostMapping("/requests/{id}/attachments/{attachmentId}/remove")
    String detach(@PathVariable String id, @PathVariable String attachmentId, RedirectAttributes flash) {
        attachments.remove(id, attachmentId);
        flash.addFlashAttribute("banner", "The attachment has been removed");
        return "redirect:/advice/requests/" + id + "#attachments";
    }

    @GetMapping("/requests/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String attachmentId) {
        access.read(id);
        Attachment attachment = attachments.find(id, attachmentId)
                .orElseThrow(() -> new uk.send.platform.kernel.RecordNotFound("Attachment " + attachmentId));
        return Downloads.attachedPdf(attachments.content(id, attachmentId), attachment.fileName());
    }

    @GetMapping("/requests/{id}/form")
    String form(@PathVariable String id, Model model) {
        Provider provider = access.requireProvider();
        AdviceRequest request = access.providerRequest(provider, id);
        AdviceSubmissions.requireOpen(request);
        AdviceAnswers answers = responses.find(id).map(StoredResponse::answers).orElse(AdviceAnswers.empty());
        return formPage(model, request, answers, null, null, List.of());
    }

    @PostMapping("/requests/{id}/form")
    String save(@PathVariable String id, @RequestParam org.springframework.util.MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes flash) {
        Provider provider = access.requireProvider();
        AdviceRequest request = access.providerRequest(provider, id);
        AdviceSubmissions.requireOpen(request);
        AdviceForm form = submissions.formFor(request);
        AdviceAnswers answers = AnswersInput.read(form, params);
        String lateNote = params.getFirst("lateNote");
        String lateValue = params.getFirst("lateReason");
        try {
            if (action.equals("submit")) {
                submissions.submit(id, answers, AnswersInput.lateReason(lateValue), lateNote);
                flash.addFlashAttribute("banner", "Your advice has been submitted to the SEND statutory team");
                return "redirect:/advice/requests/" + id;
            }
            submissions.saveDraft(id, answers);
            flash.addFlashAttribute("banner", "Your draft has been saved");
            return "redirect:/advice/requests/" + id + "/form";
        } catch (InvalidInput e) {
            return formPage(model, request, answers, lateValue, lateNote, e.problems());
        } catch (ConflictingChange e) {
            flash.addFlashAttribute("problems", List.of(new FieldProblem("main-content", e.getMessage())));
            return "redirect:/advice/requests/" + id;
        }
    }

    private String formPage(Model model, AdviceRequest request, AdviceAnswers answers, String lateReason,
            String lateNote, List<FieldProblem> problems) {
        AdviceForm form = submissions.formFor(request);
        model.addAttribute("request", request);
        model.addAttribute("form", form);
        model.addAttribute("answers", answers);
        model.addAttribute("lines", FormPageLines.of(form, answers));
        model.addAttribute("child", ChildDetails.of(children.summary(request.childId()).orElse(null)));
        model.addAttribute("late", request.lateIfReturnedOn(clock.today()));
        model.addAttribute("dueOn", Dates.format(request.dueOn()));
        model.addAttribute("lateReasons", LateReason.values());
        model.addAttribute("lateReason", lateReason);
        model.addAttribute("lateNote", lateNote);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", problems.stream()
                .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a)));
        return "advice/form";
    }
}
