package uk.send.platform.localoffer.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.localoffer.SearchQuery;
import uk.send.platform.localoffer.ServiceContent;
import uk.send.platform.localoffer.ServiceContent.ContactContent;
import uk.send.platform.localoffer.ServiceContent.LocationContent;
import uk.send.platform.localoffer.ServiceContent.ScheduleContent;

/**
 * Tidies a service's content (trims text, gives every part a UUID, upper-cases postcodes) and checks it. An editor's
 * change must be valid (field-level problems, nothing stored); an imported feed only needs what ORUK requires, and
 * the rest becomes data-quality findings.
 */
public final class ContentRules {

    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    private ContentRules() {
    }

    /** An id as a UUID: kept if it is one, otherwise derived from it (stable), or new if absent. */
    public static String uuid(String id) {
        if (id == null || id.isBlank()) {
            return UUID.randomUUID().toString();
        }
        String s = id.strip();
        return UUID_FORM.matcher(s).matches() ? s.toLowerCase(Locale.ROOT) : UUID.nameUUIDFromBytes(s.getBytes()).toString();
    }

    public static ServiceContent tidy(ServiceContent c) {
        List<LocationContent> locations = c.locations().stream().map(l -> new LocationContent(uuid(l.id()),
                uuid(l.serviceAtLocationId()), l.locationType() == null ? "physical" : l.locationType().strip().toLowerCase(Locale.ROOT),
                text(l.name()), text(l.description()), text(l.address1()), text(l.city()), text(l.county()),
                postcode(l.postcode()), l.latitude(), l.longitude(), text(l.accessibility()))).toList();
        List<ScheduleContent> schedules = c.schedules().stream().map(s -> new ScheduleContent(uuid(s.id()),
                s.byday() == null ? null : s.byday().strip().toUpperCase(Locale.ROOT), time(s.opensAt()), time(s.closesAt()),
                text(s.description()))).toList();
        List<ContactContent> contacts = c.contacts().stream().map(k -> new ContactContent(uuid(k.id()), text(k.name()),
                text(k.title()), text(k.email()), text(k.phone()))).toList();
        return new ServiceContent(text(c.name()), text(c.description()), text(c.url()), text(c.email()), text(c.phone()),
                c.status() == null ? "active" : c.status().strip().toLowerCase(Locale.ROOT), text(c.fees()), c.free(),
                c.minimumAge(), c.maximumAge(), text(c.eligibility()), text(c.howToAccess()), text(c.alert()),
                c.termIds().stream().filter(t -> t != null && !t.isBlank()).map(ContentRules::uuid).distinct().toList(),
                locations, schedules, contacts);
    }

    /** What every version needs, whoever wrote it: a name, an ORUK status, well-formed schedules. */
    public static List<FieldProblem> essentials(ServiceContent c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.name() == null) {
            problems.add(new FieldProblem("name", "Enter the name of the service"));
        } else if (c.name().length() > 200) {
            problems.add(new FieldProblem("name", "The name must be 200 characters or fewer"));
        }
        if (!ServiceContent.STATUSES.contains(c.status())) {
            problems.add(new FieldProblem("status", "Choose whether the service is running"));
        }
        for (int i = 0; i < c.schedules().size(); i++) {
            ScheduleContent s = c.schedules().get(i);
            if (!SearchQuery.DAYS.contains(s.byday())) {
                problems.add(new FieldProblem("schedules[" + i + "].byday", "Choose a day of the week"));
            }
            if (s.opensAt() == null || s.closesAt() == null || !s.opensAt().matches("\\d\\d:\\d\\d")
                    || !s.closesAt().matches("\\d\\d:\\d\\d")) {
                problems.add(new FieldProblem("schedules[" + i + "].opensAt", "Enter opening and closing times like 09:30"));
            } else if (s.opensAt().compareTo(s.closesAt()) >= 0) {
                problems.add(new FieldProblem("schedules[" + i + "].closesAt", "The closing time must be after the opening time"));
            }
        }
        if (c.minimumAge() != null && (c.minimumAge() < 0 || c.minimumAge() > 120)) {
            problems.add(new FieldProblem("minimumAge", "Enter a minimum age between 0 and 120"));
        }
        if (c.maximumAge() != null && (c.maximumAge() < 0 || c.maximumAge() > 120)) {
            problems.add(new FieldProblem("maximumAge", "Enter a maximum age between 0 and 120"));
        }
        for (int i = 0; i < c.locations().size(); i++) {
            if (!List.of("physical", "postal", "virtual").contains(c.locations().get(i).locationType())) {
                problems.add(new FieldProblem("locations[" + i + "].locationType", "Choose physical, postal or virtual"));
            }
        }
        String[] lengths = {c.description(), c.eligibility(), c.howToAccess()};
        String[] fields = {"description", "eligibility", "howToAccess"};
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] != null && lengths[i].length() > (i == 0 ? 4000 : 2000)) {
                problems.add(new FieldProblem(fields[i], "This must be " + (i == 0 ? "4,000" : "2,000") + " characters or fewer"));
            }
        }
        return problems;
    }

    /** An editor's change: the essentials, plus a description and contact details that are well formed. */
    public static void checkEditorChange(ServiceContent c) {
        List<FieldProblem> problems = new ArrayList<>(essentials(c));
        if (c.description() == null) {
            problems.add(new FieldProblem("description", "Enter a description of the service"));
        }
        if (c.email() != null && !QualityChecks.validEmail(c.email())) {
            problems.add(new FieldProblem("email", "Enter an email address in the correct format, like name@example.org"));
        }
        if (c.url() != null && !QualityChecks.validUrl(c.url())) {
            problems.add(new FieldProblem("url", "Enter a website address starting https://"));
        }
        if (c.phone() != null && !QualityChecks.validPhone(c.phone())) {
            problems.add(new FieldProblem("phone", "Enter a UK phone number, like 01823 355 000"));
        }
        if (c.minimumAge() != null && c.maximumAge() != null && c.minimumAge() > c.maximumAge()) {
            problems.add(new FieldProblem("maximumAge", "The maximum age must be the same as or above the minimum age"));
        }
        for (int i = 0; i < c.locations().size(); i++) {
            LocationContent l = c.locations().get(i);
            if (l.postcode() != null && !POSTCODE.matcher(l.postcode()).matches()) {
                problems.add(new FieldProblem("locations[" + i + "].postcode", "Enter a real postcode, like TA1 1AA"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String postcode(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String p = s.strip().toUpperCase(Locale.UK).replaceAll("\\s+", "");
        return p.length() > 3 ? p.substring(0, p.length() - 3) + " " + p.substring(p.length() - 3) : p;
    }

    /** Times to HH:mm (ORUK feeds write 10:00:00); anything unreadable is kept for the check to report. */
    private static String time(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            LocalTime t = LocalTime.parse(s.strip());
            return String.format("%02d:%02d", t.getHour(), t.getMinute());
        } catch (DateTimeParseException e) {
            return s.strip();
        }
    }
}
