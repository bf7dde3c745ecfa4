package uk.send.platform.casework.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.send.platform.casework.PlanItem;
import uk.send.platform.casework.PlanSection;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;

/**
 * Item keys are the section and a number ("B2", "H1-3" for H1 and H2), kept across versions so they can be
 * compared. New items get the next number; links may only run from outcomes to needs and from provision to needs
 * and outcomes.
 */
final class PlanKeys {

    private PlanKeys() {
    }

    static PlanSection section(String key) {
        String prefix = key.contains("-") ? key.substring(0, key.indexOf('-')) : key.replaceAll("\\d+$", "");
        return PlanSection.valueOf(prefix);
    }

    static List<PlanItem> assign(List<PlanItem> items) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            String key = item.key() == null || item.key().isBlank() ? null : item.key().strip().toUpperCase(Locale.ROOT);
            if (item.section() == null) {
                problems.add(new FieldProblem("items[" + i + "].section", "Choose the plan section"));
            } else if (item.text() == null || item.text().isBlank()) {
                problems.add(new FieldProblem("items[" + i + "].text", "Enter what the plan says"));
            } else if (key != null && !belongs(key, item.section())) {
                problems.add(new FieldProblem("items[" + i + "].key", "Key " + key + " is not in section "
                        + item.section()));
            } else if (key != null && !used.add(key)) {
                problems.add(new FieldProblem("items[" + i + "].key", "Key " + key + " is used twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<PlanItem> keyed = new ArrayList<>();
        for (PlanItem item : items) {
            String key = item.key() != null && !item.key().isBlank() ? item.key().strip().toUpperCase(Locale.ROOT)
                    : next(item.section(), used);
            List<String> serves = item.serves().stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).distinct().toList();
            keyed.add(new PlanItem(key, item.section(), item.text().strip(), item.byDate(), blankToNull(item.frequency()),
                    blankToNull(item.duration()), blankToNull(item.deliveredBy()), serves));
        }
        checkLinks(keyed);
        return keyed;
    }

    private static void checkLinks(List<PlanItem> items) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        items.forEach(i -> keys.add(i.key()));
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            for (String to : item.serves()) {
                if (!keys.contains(to)) {
                    problems.add(new FieldProblem("items[" + i + "].serves", item.key() + " names " + to
                            + ", which is not in the plan"));
                } else if (!linkable(item.section(), section(to))) {
                    problems.add(new FieldProblem("items[" + i + "].serves", item.key() + " cannot serve " + to
                            + ": outcomes answer needs; provision meets needs and outcomes"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static boolean linkable(PlanSection from, PlanSection to) {
        return from.outcome() && to.need() || from.provision() && (to.need() || to.outcome());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean belongs(String key, PlanSection section) {
        String prefix = section.name().length() == 2 ? section.name() + "-" : section.name();
        return key.startsWith(prefix) && key.substring(prefix.length()).matches("\\d{1,5}");
    }

    private static String next(PlanSection section, Set<String> used) {
        String prefix = section.name().length() == 2 ? section.name() + "-" : section.name();
        int n = 1;
        while (used.contains(prefix + n)) {
            n++;
        }
        used.add(prefix + n);
        return prefix + n;
    }
}
