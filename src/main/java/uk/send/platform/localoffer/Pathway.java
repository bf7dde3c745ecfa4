package uk.send.platform.localoffer;

import java.time.LocalDate;
import java.util.List;

/** A co-produced pathway: what to do, step by step, written with families (for example "Getting help at school"). */
public record Pathway(String id, String slug, String title, String summary, String coProducedWith, LocalDate publishedOn,
        List<Step> steps) {

    public Pathway {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** One step; {@code termId} links to the services that help at this step. */
    public record Step(int position, String title, String body, String termId) {
    }
}
