package uk.send.platform.advice.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a provider wrote: text answers by question key, and provision rows by question key (blank rows dropped). */
record AdviceAnswers(Map<String, String> text, Map<String, List<ProvisionRow>> provision) {

    AdviceAnswers {
        Map<String, String> t = new LinkedHashMap<>();
        if (text != null) {
            text.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    t.put(k, v.strip());
                }
            });
        }
        Map<String, List<ProvisionRow>> p = new LinkedHashMap<>();
        if (provision != null) {
            provision.forEach((k, rows) -> {
                List<ProvisionRow> kept = rows == null ? List.of() : rows.stream().filter(r -> !r.blank()).toList();
                if (!kept.isEmpty()) {
                    p.put(k, kept);
                }
            });
        }
        text = Map.copyOf(t);
        provision = Map.copyOf(p);
    }

    static AdviceAnswers empty() {
        return new AdviceAnswers(Map.of(), Map.of());
    }

    public String text(String key) {
        return text.getOrDefault(key, "");
    }

    /** A text answer's lines, for showing it as written without markup. */
    public List<String> lines(String key) {
        return text(key).lines().filter(l -> !l.isBlank()).toList();
    }

    public List<ProvisionRow> rows(String key) {
        return provision.getOrDefault(key, List.of());
    }
}
