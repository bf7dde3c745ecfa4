package uk.send.platform.localoffer.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;
import uk.send.platform.localoffer.Comments;
import uk.send.platform.localoffer.Directory;
import uk.send.platform.localoffer.DirectoryEditing;
import uk.send.platform.localoffer.Organisation;
import uk.send.platform.localoffer.PublishedService;
import uk.send.platform.localoffer.ServiceContent;
import uk.send.platform.localoffer.ServiceVersion;
import uk.send.platform.localoffer.TaxonomyTerm;

/**
 * Editors' and officers' pages: an organisation's services with review dates and data-quality flags, proposing and
 * changing a service, the approval queue, a service's history, the data-quality report, overdue reviews, importing an
 * ORUK feed and moderating comments. The service decides who may do what; these pages only show it.
 */
@Controller
@RequestMapping("/local-offer/manage")
class ManagePages {

    private final DirectoryEditing editing;
    private final Directory directory;
    private final DirectoryStore store;
    private final OrukImport imports;
    private final Comments comments;

    ManagePages(DirectoryEditing editing, Directory directory, DirectoryStore store, OrukImport imports, Comments comments) {
        this.editing = editing;
        this.directory = directory;
        this.store = store;
        this.imports = imports;
        this.comments = comments;
    }

    @ModelAttribute("today")
    java.time.LocalDate today() {
        return directory.today();
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("organisations", editing.myOrganisations());
        boolean officer = editing.mayPublish();
        model.addAttribute("officer", officer);
        if (officer) {
            model.addAttribute("waiting", editing.awaitingApproval(null, 0, 1).total());
            model.addAttribute("overdue", editing.overdueForReview(0, 1).total());
            model.addAttribute("toModerate", comments.awaitingModeration(0, 1).total());
            model.addAttribute("issues", editing.qualityReport(null, 0, 1).total());
        }
        return "localoffer/manage/home";
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("organisation", editing.organisation(id));
        model.addAttribute("services", editing.services(id, Math.max(page, 0), 50));
        model.addAttribute("waiting", editing.awaitingApproval(id, 0, 50));
        return "localoffer/manage/organisation";
    }

    @GetMapping("/services/{id}")
    String service(@PathVariable String id, Model model) {
        PublishedService s = editing.published(id).orElseThrow(() -> new uk.send.platform.kernel.RecordNotFound("Service " + id));
        model.addAttribute("s", s);
        model.addAttribute("history", editing.history(id));
        model.addAttribute("stale", s.staleOn(directory.today()));
        return "localoffer/manage/service";
    }

    @PostMapping("/services/{id}/reviewed")
    String reviewed(@PathVariable String id, RedirectAttributes flash) {
        editing.confirmReviewed(id);
        flash.addFlashAttribute("banner", "Thank you: the service is marked as checked today");
        return "redirect:/local-offer/manage/services/" + id;
    }

    @GetMapping("/services/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        PublishedService s = editing.published(id).orElseThrow(() -> new uk.send.platform.kernel.RecordNotFound("Service " + id));
        return form(model, ServiceForm.from(s.content(), s.publishedVersion()), s.organisation(), id, null);
    }

    @PostMapping("/services/{id}/edit")
    String change(@PathVariable String id, @ModelAttribute("form") ServiceForm form, Model model, RedirectAttributes flash) {
        PublishedService s = editing.published(id).orElseThrow(() -> new uk.send.platform.kernel.RecordNotFound("Service " + id));
        List<FieldProblem> problems = new ArrayList<>();
        ServiceContent content = form.toContent(s.content(), store, problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            editing.submitChange(id, form.getBaseVersion() == null ? -1 : form.getBaseVersion(), content, form.getNote());
        } catch (InvalidInput e) {
            return form(model, form, s.organisation(), id, e.problems());
        } catch (ConflictingChange e) {
            return form(model, form, s.organisation(), id, List.of(new FieldProblem("name", e.getMessage())));
        }
        flash.addFlashAttribute("banner", "Your change has been sent for approval. The published page stays as it is until it is approved.");
        return "redirect:/local-offer/manage/services/" + id;
    }

    @GetMapping("/organisations/{id}/services/new")
    String newService(@PathVariable String id, Model model) {
        return form(model, new ServiceForm(), editing.organisation(id), null, null);
    }

    @PostMapping("/organisations/{id}/services/new")
    String propose(@PathVariable String id, @ModelAttribute("form") ServiceForm form, Model model, RedirectAttributes flash) {
        Organisation organisation = editing.organisation(id);
        List<FieldProblem> problems = new ArrayList<>();
        ServiceContent content = form.toContent(null, store, problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            editing.propose(id, content, form.getNote());
        } catch (InvalidInput e) {
            return form(model, form, organisation, null, e.problems());
        }
        flash.addFlashAttribute("banner", "The new service has been sent for approval");
        return "redirect:/local-offer/manage/organisations/" + id;
    }

    private String form(Model model, ServiceForm form, Organisation organisation, String serviceId, List<FieldProblem> problems) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("serviceId", serviceId);
        Map<String, String> errors = new LinkedHashMap<>();
        List<FieldProblem> shown = new ArrayList<>();
        if (problems != null) {
            for (FieldProblem p : problems) {
                String field = p.field().replaceAll("^(schedules|locations)\\[\\d+\\]\\.", "").replace("byday", "days");
                if (!errors.containsKey(field)) {
                    errors.put(field, p.message());
                    shown.add(new FieldProblem(field, p.message()));
                }
            }
            model.addAttribute("problems", shown);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("needs", terms(PublicPages.NEEDS));
        model.addAttribute("kinds", terms(PublicPages.KINDS));
        model.addAttribute("statuses", Map.of("active", "Running", "temporarily closed", "Temporarily closed",
                "inactive", "Not running", "defunct", "Closed for good"));
        model.addAttribute("statusOrder", ServiceContent.STATUSES);
        model.addAttribute("days", PublicPages.DAYS);
        return "localoffer/manage/form";
    }

    private List<TaxonomyTerm> terms(String taxonomy) {
        return directory.taxonomyNamed(taxonomy).map(t -> directory.termsOf(t.id())).orElse(List.of());
    }

    @GetMapping("/changes")
    String changes(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("changes", editing.awaitingApproval(null, Math.max(page, 0), 50));
        return "localoffer/manage/changes";
    }

    @GetMapping("/changes/{id}")
    String changeView(@PathVariable long id, Model model) {
        ServiceVersion v = editing.version(id);
        model.addAttribute("v", v);
        model.addAttribute("organisation", directory.organisation(v.organisationId()).orElseThrow());
        model.addAttribute("before", editing.published(v.serviceId()).map(PublishedService::content).orElse(null));
        model.addAttribute("terms", store.termsByIds(v.content().termIds()));
        model.addAttribute("issues", QualityChecks.check(v.content(), store.knownTerms(v.content().termIds())));
        model.addAttribute("officer", editing.mayPublish());
        return "localoffer/manage/change";
    }

    @PostMapping("/changes/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes flash) {
        ServiceVersion v = editing.approve(id, null);
        flash.addFlashAttribute("banner", v.content().name() + " has been published");
        return "redirect:/local-offer/manage/changes";
    }

    @PostMapping("/changes/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, Model model, RedirectAttributes flash) {
        try {
            ServiceVersion v = editing.reject(id, reason);
            flash.addFlashAttribute("banner", "The change to " + v.content().name() + " was not approved; the editor can see why");
        } catch (InvalidInput e) {
            changeView(id, model);
            model.addAttribute("problems", e.problems());
            return "localoffer/manage/change";
        }
        return "redirect:/local-offer/manage/changes";
    }

    @GetMapping("/quality")
    String quality(@RequestParam(required = false) String code, @RequestParam(defaultValue = "0") int page, Model model) {
        String c = code == null || code.isBlank() ? null : code;
        model.addAttribute("counts", editing.qualityCounts());
        model.addAttribute("code", c);
        model.addAttribute("issues", editing.qualityReport(c, Math.max(page, 0), 50));
        model.addAttribute("base", "/local-offer/manage/quality?" + (c == null ? "" : "code=" + c + "&"));
        return "localoffer/manage/quality";
    }

    @GetMapping("/overdue")
    String overdue(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("services", editing.overdueForReview(Math.max(page, 0), 50));
        return "localoffer/manage/overdue";
    }

    @GetMapping("/import")
    String importPage() {
        editing.qualityCounts();
        return "localoffer/manage/import";
    }

    @PostMapping("/import")
    String importFeed(@RequestParam(required = false) MultipartFile feed, Model model, RedirectAttributes flash) throws IOException {
        try {
            if (feed == null || feed.isEmpty()) {
                throw InvalidInput.of("feed", "Choose an Open Referral UK JSON file to import");
            }
            OrukImport.Result r = imports.importFeed(new String(feed.getBytes(), StandardCharsets.UTF_8));
            flash.addFlashAttribute("banner", "Imported " + r.services() + (r.services() == 1 ? " service" : " services") + ": "
                    + r.published() + " published, " + r.unchanged() + " unchanged");
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return "localoffer/manage/import";
        }
        return "redirect:/local-offer/manage";
    }

    @GetMapping("/comments")
    String moderation(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("comments", comments.awaitingModeration(Math.max(page, 0), 20));
        return "localoffer/manage/comments";
    }

    @PostMapping("/comments/{id}/publish")
    String publishComment(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String response,
            Model model, RedirectAttributes flash) {
        try {
            comments.publish(id, version, response);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("failedId", id);
            return moderation(0, model);
        }
        flash.addFlashAttribute("banner", "The comment and your response are published");
        return "redirect:/local-offer/manage/comments";
    }

    @PostMapping("/comments/{id}/decline")
    String declineComment(@PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
        comments.decline(id, version);
        flash.addFlashAttribute("banner", "The comment will not be published");
        return "redirect:/local-offer/manage/comments";
    }

    static Paged<?> none() {
        return new Paged<>(List.of(), 0, 1, 0);
    }
}
