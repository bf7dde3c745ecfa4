package uk.send.platform.children;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import uk.send.platform.identifiers.InvalidIdentifierException;
import uk.send.platform.identifiers.NhsNumber;
import uk.send.platform.identifiers.Uln;
import uk.send.platform.identifiers.Upn;
import uk.send.platform.identifiers.Urn;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;

/** Checks submitted details field by field and gives back normalised values, or every problem found at once. */
final class ChildRules {

    /** Children and young people aged 0 to 25: a date of birth more than 25 years ago is refused. */
    static final int OLDEST_AGE_YEARS = 25;
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    record Checked(String givenName, String familyName, LocalDate dateOfBirth, String sex, String ethnicity,
            String postcode, String nhsNumber, String upn, String uln, String upnUnknownReason, String settingUrn,
            String settingType, boolean lookedAfter, LocalDate lookedAfterFrom, LocalDate lookedAfterTo,
            List<Contact> contacts) {
    }

    private final List<FieldProblem> problems = new ArrayList<>();
    private final LocalDate today;

    private ChildRules(LocalDate today) {
        this.today = today;
    }

    static Checked check(ChildDetails d, LocalDate today) {
        return new ChildRules(today).run(d);
    }

    private Checked run(ChildDetails d) {
        String given = name(d.givenName(), "givenName", "Enter the child's first name");
        String family = name(d.familyName(), "familyName", "Enter the child's last name");
        LocalDate dob = dateOfBirth(d.dateOfBirth());
        String sex = oneOf(d.sex(), "sex", List.of("M", "F"), "Select the child's sex (M or F)", true);
        String ethnicity = optional(d.ethnicity(), "ethnicity", Ethnicities::isKnown, "Select an ethnicity from the CBDS list");
        String postcode = postcode(d.postcode());
        String nhs = identifier(d.nhsNumber(), "nhsNumber", s -> NhsNumber.of(s).value());
        String upn = identifier(d.upn(), "upn", s -> Upn.of(s).value());
        String uln = identifier(d.uln(), "uln", s -> Uln.of(s).value());
        String reason = optional(upper(d.upnUnknownReason()), "upnUnknownReason", ChildRules::isUpnReason,
                "Select a reason the UPN is not known (UN1, UN2, UN3, UN5, UN8, UN9 or UN10)");
        if (reason != null && upn != null) {
            problems.add(new FieldProblem("upnUnknownReason", "Give a reason the UPN is not known only when there is no UPN"));
        }
        if ("UN1".equals(reason) && dob != null && !dob.plusYears(6).isAfter(today)) {
            problems.add(new FieldProblem("upnUnknownReason", "UN1 applies only to children under 6"));
        }
        String urn = identifier(d.settingUrn(), "settingUrn", s -> Urn.of(s).value());
        String settingType = optional(upper(d.settingType()), "settingType", ChildRules::isSettingType,
                "Select a type of setting from the list");
        boolean lookedAfter = Boolean.TRUE.equals(d.lookedAfter());
        LocalDate from = date(d.lookedAfterFrom(), "lookedAfterFrom", "the date they became looked after");
        LocalDate to = date(d.lookedAfterTo(), "lookedAfterTo", "the date they stopped being looked after");
        if (lookedAfter && from == null && problemFree("lookedAfterFrom")) {
            problems.add(new FieldProblem("lookedAfterFrom", "Enter the date the child became looked after"));
        }
        if (from != null && dob != null && from.isBefore(dob)) {
            problems.add(new FieldProblem("lookedAfterFrom", "The date they became looked after must be on or after their date of birth"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("lookedAfterTo", "The date they stopped being looked after must be after the date they started"));
        }
        List<Contact> contacts = contacts(d.contacts());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Checked(given, family, dob, sex, ethnicity, postcode, nhs, upn, uln, reason, urn, settingType,
                lookedAfter, from, to, contacts);
    }

    private String name(String value, String field, String missing) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, missing));
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > 100) {
            problems.add(new FieldProblem(field, "Names must be 100 characters or fewer"));
        }
        return trimmed;
    }

    private LocalDate dateOfBirth(String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem("dateOfBirth", "Enter the child's date of birth"));
            return null;
        }
        LocalDate dob = date(value, "dateOfBirth", "the date of birth");
        if (dob == null) {
            return null;
        }
        if (dob.isAfter(today)) {
            problems.add(new FieldProblem("dateOfBirth", "Date of birth must be today or in the past"));
        } else if (dob.isBefore(today.minusYears(OLDEST_AGE_YEARS))) {
            problems.add(new FieldProblem("dateOfBirth", "Date of birth must be within the last 25 years: the service is for children and young people aged 0 to 25"));
        }
        return dob;
    }

    private LocalDate date(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Enter " + what + " as a real date, for example 2016-03-27"));
            return null;
        }
    }

    private String postcode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || !POSTCODE.matcher(compact).matches()) {
            problems.add(new FieldProblem("postcode", "Enter a real postcode, for example TA1 1AA"));
            return null;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private String identifier(String value, String field, java.util.function.Function<String, String> parse) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (InvalidIdentifierException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    private String oneOf(String value, String field, List<String> allowed, String message, boolean required) {
        String v = upper(value);
        if (v == null) {
            if (required) problems.add(new FieldProblem(field, message));
            return null;
        }
        if (!allowed.contains(v)) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
        return v;
    }

    private String optional(String value, String field, Predicate<String> known, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!known.test(v)) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
        return v;
    }

    private List<Contact> contacts(List<Contact> contacts) {
        List<Contact> checked = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            String prefix = "contacts[" + i + "].";
            if (c == null || c.name() == null || c.name().isBlank()) {
                problems.add(new FieldProblem(prefix + "name", "Enter the contact's name"));
                continue;
            }
            String relationship = upper(c.relationship());
            if (relationship == null || !Contact.RELATIONSHIPS.contains(relationship)) {
                problems.add(new FieldProblem(prefix + "relationship", "Select the contact's relationship to the child"));
            }
            if (c.email() != null && !c.email().isBlank() && !EMAIL.matcher(c.email().strip()).matches()) {
                problems.add(new FieldProblem(prefix + "email", "Enter an email address in the correct format, like name@example.com"));
            }
            checked.add(new Contact(c.name().strip(), relationship, blankToNull(c.phone()), blankToNull(c.email()),
                    blankToNull(c.address()), c.mainContact()));
        }
        return checked;
    }

    private boolean problemFree(String field) {
        return problems.stream().noneMatch(p -> p.field().equals(field));
    }

    private static boolean isUpnReason(String v) {
        return java.util.Arrays.stream(UpnUnknownReason.values()).anyMatch(r -> r.name().equals(v));
    }

    private static boolean isSettingType(String v) {
        return java.util.Arrays.stream(SettingType.values()).anyMatch(r -> r.name().equals(v));
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
