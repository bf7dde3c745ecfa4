package uk.send.platform.casework.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import uk.send.platform.casework.PlanItem;
import uk.send.platform.casework.PlanSection;
import uk.send.platform.kernel.InvalidInput;

/** The add-or-change-an-entry form of the plan page: reading it, and filling it from an entry. */
final class PlanForm {

    private PlanForm() {
    }

    static PlanItem read(MultiValueMap<String, String> params, Map<String, String> errors) {
        PlanSection section = null;
        try {
            section = PlanSection.valueOf(String.valueOf(params.getFirst("section")));
        } catch (IllegalArgumentException e) {
            errors.put("section", "Choose the section of the plan");
        }
        String text = params.getFirst("text");
        if (text == null || text.isBlank()) {
            errors.put("text", "Enter what the plan says");
        }
        LocalDate byDate = null;
        String iso = PlanPages.iso(params, "byDate");
        if (iso != null) {
            try {
                byDate = LocalDate.parse(iso);
            } catch (DateTimeParseException e) {
                errors.put("byDate", "Enter a real date, for example 31 7 2026");
            }
        }
        String key = params.getFirst("key");
        return new PlanItem(key == null || key.isBlank() ? null : key, section, text, byDate,
                params.getFirst("frequency"), params.getFirst("duration"), params.getFirst("deliveredBy"),
                params.getOrDefault("serves", List.of()));
    }

    static Map<String, String> values(PlanItem item) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("key", item.key());
        values.put("section", item.section().name());
        values.put("text", item.text());
        values.put("frequency", item.frequency());
        values.put("duration", item.duration());
        values.put("deliveredBy", item.deliveredBy());
        if (item.byDate() != null) {
            values.put("byDateDay", String.valueOf(item.byDate().getDayOfMonth()));
            values.put("byDateMonth", String.valueOf(item.byDate().getMonthValue()));
            values.put("byDateYear", String.valueOf(item.byDate().getYear()));
        }
        return values;
    }

    /** The form field a problem with items[n].field is about. */
    static String field(String problemField) {
        String name = problemField.contains(".") ? problemField.substring(problemField.lastIndexOf('.') + 1)
                : problemField;
        return name.equals("key") ? "section" : name;
    }

    static Integer revision(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("plan-form", "Reload the plan and try again");
        }
    }

    static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
