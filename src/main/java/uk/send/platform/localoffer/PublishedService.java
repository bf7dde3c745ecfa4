package uk.send.platform.localoffer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A service as published: its content, organisation, terms, review dates and data-quality findings. */
public record PublishedService(String id, Organisation organisation, ServiceContent content, List<TaxonomyTerm> terms,
        LocalDate assuredDate, LocalDate reviewDue, Instant lastModified, int publishedVersion,
        List<QualityIssue> issues) {

    /** The review date has passed: families see a warning and editors a flag until someone checks it. */
    public boolean staleOn(LocalDate today) {
        return reviewDue.isBefore(today);
    }
}
