package uk.send.platform.casework.internal;

import uk.send.platform.kernel.LocalArea;

import java.util.HashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.send.platform.casework.CaseView;
import uk.send.platform.casework.Cases;
import uk.send.platform.casework.EhcPlan;
import uk.send.platform.casework.NoticeKind;
import uk.send.platform.casework.PlanSection;
import uk.send.platform.casework.Plans;
import uk.send.platform.children.Children;
import uk.send.platform.documents.Downloads;
import uk.send.platform.documents.PdfDocuments;
import uk.send.platform.kernel.RecordNotFound;

/** A case's statutory letters and its plan as PDF, on the pages and the API alike. */
@Controller
class CaseDocuments {

    private final Cases cases;
    private final Plans plans;
    private final String authority;
    private final Children children;
    private final LetterWriter writer;
    private final PdfDocuments pdf;

    CaseDocuments(Cases cases, Plans plans, Children children, LetterWriter writer, PdfDocuments pdf,
            LocalArea localArea) {
        this.plans = plans;
        this.authority = localArea.name();
        this.cases = cases;
        this.children = children;
        this.writer = writer;
        this.pdf = pdf;
    }

    @GetMapping({"/cases/{id}/letters/{kind}.pdf", "/api/v1/cases/{id}/letters/{kind}"})
    ResponseEntity<byte[]> letter(@PathVariable String id, @PathVariable String kind) {
        CaseView view = cases.get(id);
        NoticeKind chosen = LetterKinds.parse(kind).filter(k -> LetterKinds.source(view, k).isPresent())
                .orElseThrow(() -> new RecordNotFound("Letter " + kind + " on case " + id));
        Letter letter = writer.write(view, chosen, children.get(view.childId()));
        byte[] body = pdf.render("letters/letter", Map.of("letter", letter, "dated", Dates.format(letter.dated())));
        return Downloads.inlinePdf(body, chosen.name().toLowerCase().replace('_', '-') + "-" + letter.dated() + ".pdf");
    }

    /** The working copy, or an issued version, with the child's NHS number on it (ehc-plan.md). */
    @GetMapping({"/cases/{id}/plan.pdf", "/api/v1/cases/{id}/plan.pdf"})
    ResponseEntity<byte[]> plan(@PathVariable String id, @RequestParam(required = false) Integer version) {
        CaseView view = cases.get(id);
        EhcPlan plan = version == null ? plans.working(id) : plans.version(id, version);
        String label = plan.version() == 0 ? "Working copy, not issued"
                : "Version " + plan.version() + " (" + plan.status().toLowerCase() + "), issued "
                        + Dates.format(plan.issuedOn());
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("sections", PlanSection.values());
        model.put("childName", view.child() == null ? "Unknown child" : view.child().fullName());
        model.put("dateOfBirth", view.child() == null ? null : Dates.format(view.child().dateOfBirth()));
        model.put("nhsNumber", view.child() == null ? null : view.child().nhsNumber());
        model.put("authority", authority);
        model.put("versionLabel", label);
        return Downloads.inlinePdf(pdf.render("letters/plan", model), "ehc-plan-" + plan.version() + ".pdf");
    }
}
