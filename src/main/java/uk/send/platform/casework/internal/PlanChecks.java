package uk.send.platform.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.send.platform.casework.PlanFlag;
import uk.send.platform.casework.PlanItem;
import uk.send.platform.casework.PlanSection;

/**
 * What a good plan needs (ehc-plan.md): every need met by provision and answered by an outcome, provision that
 * serves a need and is specific and quantified (what, how often, for how long, by whom), outcomes with a
 * timescale. Vague wording is named so it can be replaced.
 */
final class PlanChecks {

    /** Wording that leaves provision unspecified; matched as whole words. */
    static final List<String> VAGUE = List.of("access to", "as appropriate", "as required", "as needed",
            "when needed", "if needed", "where possible", "when necessary", "regular", "regularly", "up to",
            "opportunities for", "opportunity to", "support as", "may", "should", "ongoing", "periodic");
    private static final Pattern VAGUE_PATTERN = Pattern.compile("\\b(" + VAGUE.stream().map(Pattern::quote)
            .collect(Collectors.joining("|")) + ")\\b", Pattern.CASE_INSENSITIVE);

    private PlanChecks() {
    }

    static List<PlanFlag> of(List<PlanItem> items) {
        List<PlanFlag> flags = new ArrayList<>();
        for (PlanSection required : List.of(PlanSection.A, PlanSection.B, PlanSection.E, PlanSection.F)) {
            if (items.stream().noneMatch(i -> i.section() == required)) {
                flags.add(new PlanFlag(PlanFlag.Kind.EMPTY_SECTION, null, "Section " + required.name() + " ("
                        + required.title() + ") is empty"));
            }
        }
        for (PlanItem item : items) {
            if (item.section().need()) {
                need(item, items, flags);
            } else if (item.section().provision()) {
                provision(item, flags);
            } else if (item.section().outcome() && item.byDate() == null) {
                flags.add(new PlanFlag(PlanFlag.Kind.NO_TIMESCALE, item.key(), item.key()
                        + " has no date to be achieved by, so progress towards it cannot be reviewed"));
            }
        }
        return flags;
    }

    private static void need(PlanItem need, List<PlanItem> items, List<PlanFlag> flags) {
        Set<PlanSection> serving = items.stream().filter(i -> i.serves().contains(need.key())).map(PlanItem::section)
                .collect(Collectors.toSet());
        if (serving.stream().noneMatch(PlanSection::provision)) {
            flags.add(new PlanFlag(PlanFlag.Kind.UNMET_NEED, need.key(), need.key() + " has no provision that meets it"));
        }
        if (!serving.contains(PlanSection.E)) {
            flags.add(new PlanFlag(PlanFlag.Kind.UNMET_NEED, need.key(), need.key() + " has no outcome"));
        }
    }

    private static void provision(PlanItem item, List<PlanFlag> flags) {
        if (item.serves().stream().noneMatch(key -> PlanKeys.section(key).need())) {
            flags.add(new PlanFlag(PlanFlag.Kind.PROVISION_WITHOUT_NEED, item.key(), item.key()
                    + " does not say which need it meets"));
        }
        List<String> missing = new ArrayList<>();
        if (blank(item.frequency())) {
            missing.add("how often");
        }
        if (blank(item.duration())) {
            missing.add("for how long");
        }
        if (blank(item.deliveredBy())) {
            missing.add("by whom");
        }
        if (!missing.isEmpty()) {
            flags.add(new PlanFlag(PlanFlag.Kind.NOT_QUANTIFIED, item.key(), item.key() + " does not say "
                    + String.join(", ", missing)));
        }
        String words = String.join(" ", item.text(), String.valueOf(item.frequency()),
                String.valueOf(item.duration()));
        Matcher vague = VAGUE_PATTERN.matcher(words);
        Set<String> found = new LinkedHashSet<>();
        while (vague.find()) {
            found.add(vague.group(1).toLowerCase(Locale.ROOT));
        }
        if (!found.isEmpty()) {
            flags.add(new PlanFlag(PlanFlag.Kind.VAGUE_WORDING, item.key(), item.key() + " uses vague wording: \""
                    + String.join("\", \"", found) + "\"; say exactly what, how often and by whom"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
