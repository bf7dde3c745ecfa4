package uk.send.platform.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry in a plan section: a view, a need, an outcome (with the date it should be achieved by), or provision
 * (what, how often, for how long, by whom). {@code serves} names the needs an outcome answers, or the needs and
 * outcomes a provision meets: the golden thread (ehc-plan.md). The key ("B2", "F1") is stable across versions.
 */
public record PlanItem(String key, PlanSection section, String text, LocalDate byDate, String frequency,
        String duration, String deliveredBy, List<String> serves) {

    public PlanItem {
        serves = serves == null ? List.of() : List.copyOf(serves);
    }
}
