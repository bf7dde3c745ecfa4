package uk.send.platform.health.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.validation.BindingResult;
import uk.send.platform.children.Child;
import uk.send.platform.children.ChildSearch;
import uk.send.platform.children.Children;
import uk.send.platform.deadlines.DeadlineStatus;
import uk.send.platform.health.HealthDeadline;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;
import uk.send.platform.web.DateParts;

/** What the health pages share: finding the child by NHS number, dates from GOV.UK inputs, refusals onto forms. */
final class HealthPageSupport {

    private HealthPageSupport() {
    }

    /** The child with this NHS number, or a field problem on {@code field}. */
    static Child childByNhsNumber(Children children, String nhsNumber, String field) {
        if (nhsNumber == null || nhsNumber.isBlank()) {
            throw InvalidInput.of(field, "Enter the child's NHS number");
        }
        Paged<Child> found;
        try {
            found = children.search(new ChildSearch(null, null, nhsNumber, null), 0, 1);
        } catch (InvalidInput e) {
            throw InvalidInput.of(field, "Enter a valid NHS number, like 943 476 5919");
        }
        if (found.items().isEmpty()) {
            throw InvalidInput.of(field, "There is no child with this NHS number on the register");
        }
        return found.items().get(0);
    }

    /** The date from three boxes: null when all are blank; a field problem when they do not make a real date. */
    static LocalDate date(String day, String month, String year, String field, String label) {
        String iso = DateParts.iso(day, month, year);
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, label + " must be a real date");
        }
    }

    /** Puts each problem on its field (mapped to the form's name for it), or on the form when it has none. */
    static void reject(BindingResult errors, InvalidInput e, Map<String, String> fieldNames) {
        for (FieldProblem p : e.problems()) {
            String field = fieldNames.getOrDefault(p.field(), p.field());
            if (field == null || !hasField(errors.getTarget(), field)) {
                errors.reject("invalid", p.message());
            } else {
                errors.rejectValue(field, "invalid", p.message());
            }
        }
    }

    private static boolean hasField(Object target, String name) {
        try {
            target.getClass().getField(name);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** Plain words for a deadline's state on a page. */
    static String statusText(HealthDeadline d) {
        if (d.metOn() == null) {
            return d.status() == DeadlineStatus.MISSED ? "Overdue" : "Due";
        }
        return d.status() == DeadlineStatus.MET ? "Done on time" : "Done late";
    }

    static String statusTag(HealthDeadline d) {
        if (d.metOn() == null) {
            return d.status() == DeadlineStatus.MISSED ? "govuk-tag govuk-tag--red" : "govuk-tag govuk-tag--blue";
        }
        return d.status() == DeadlineStatus.MET ? "govuk-tag govuk-tag--green" : "govuk-tag govuk-tag--orange";
    }
}
