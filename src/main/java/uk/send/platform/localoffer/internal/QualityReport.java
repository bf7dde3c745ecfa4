package uk.send.platform.localoffer.internal;

import java.util.List;
import java.util.Set;
import uk.send.platform.localoffer.QualityIssue;
import uk.send.platform.localoffer.ServiceContent;

/** The codes of the data-quality findings for a service's content (for tests and reports). */
public final class QualityReport {

    private QualityReport() {
    }

    public static List<String> of(ServiceContent content, Set<String> knownTerms) {
        return QualityChecks.check(content, knownTerms).stream().map(QualityIssue::code).toList();
    }
}
