package uk.send.platform.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.send.platform.casework.EhcPlan;
import uk.send.platform.casework.PlanChange;
import uk.send.platform.casework.PlanItem;
import uk.send.platform.casework.PlanSection;

/** Compares two versions of a plan entry by entry, by their stable keys, in plan order. */
final class PlanDiff {

    private PlanDiff() {
    }

    /** The named setting key: section I's placement is compared as an entry of its own. */
    static final String NAMED_SETTING = "I-setting";

    static List<PlanChange> between(EhcPlan from, EhcPlan to) {
        return between(entries(from), entries(to));
    }

    private static List<PlanItem> entries(EhcPlan plan) {
        if (plan.placement() == null) {
            return plan.items();
        }
        List<PlanItem> entries = new ArrayList<>(plan.items());
        entries.add(new PlanItem(NAMED_SETTING, PlanSection.I, "Named setting: " + plan.placement().describe(), null,
                null, null, null, List.of()));
        return entries;
    }

    static List<PlanChange> between(List<PlanItem> from, List<PlanItem> to) {
        Map<String, PlanItem> before = byKey(from);
        Map<String, PlanItem> after = byKey(to);
        List<PlanChange> changes = new ArrayList<>();
        for (PlanItem item : to) {
            PlanItem old = before.get(item.key());
            if (old == null) {
                changes.add(new PlanChange(item.key(), item.section(), PlanChange.Kind.ADDED, null, item));
            } else if (!old.equals(item)) {
                changes.add(new PlanChange(item.key(), item.section(), PlanChange.Kind.CHANGED, old, item));
            }
        }
        for (PlanItem item : from) {
            if (!after.containsKey(item.key())) {
                changes.add(new PlanChange(item.key(), item.section(), PlanChange.Kind.REMOVED, item, null));
            }
        }
        changes.sort((a, b) -> a.section() != b.section() ? a.section().compareTo(b.section()) : 0);
        return changes;
    }

    private static Map<String, PlanItem> byKey(List<PlanItem> items) {
        Map<String, PlanItem> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(i.key(), i));
        return map;
    }
}
