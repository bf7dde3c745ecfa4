package uk.send.platform.casework.internal;

import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.send.platform.casework.CaseView;
import uk.send.platform.casework.Cases;
import uk.send.platform.casework.NoticeKind;
import uk.send.platform.children.Children;
import uk.send.platform.web.RecordNotFound;

/** A case's statutory letters as PDF, on the pages and the API alike. */
@Controller
class LetterPages {

    private final Cases cases;
    private final Children children;
    private final LetterWriter writer;
    private final PdfDocuments pdf;

    LetterPages(Cases cases, Children children, LetterWriter writer, PdfDocuments pdf) {
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
        byte[] body = pdf.render("letters/letter", Map.of("letter", letter, "dated", Dates.format(letter.dated())),
                letter.title());
        String filename = chosen.name().toLowerCase().replace('_', '-') + "-" + letter.dated() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build()
                        .toString())
                .body(body);
    }
}
