package uk.send.platform.localoffer.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import uk.send.platform.localoffer.QualityIssue;
import uk.send.platform.localoffer.ServiceContent;

/**
 * The checks the ORUK validator's semantic audit makes (short descriptions, missing contact details, invalid emails,
 * URLs and phone numbers, taxonomy terms that do not match), and a few of the Local Offer's own. They warn editors;
 * they do not stop an import.
 */
final class QualityChecks {

    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

    private QualityChecks() {
    }

    static List<QualityIssue> check(ServiceContent c, Set<String> knownTerms) {
        List<QualityIssue> issues = new ArrayList<>();
        if (c.description() == null || Words.count(c.description()) < 6) {
            issues.add(new QualityIssue("DESCRIPTION_SHORT", "The description has fewer than six words"));
        }
        boolean contact = present(c.email()) || present(c.phone()) || present(c.url())
                || c.contacts().stream().anyMatch(k -> present(k.email()) || present(k.phone()));
        if (!contact) {
            issues.add(new QualityIssue("NO_CONTACT", "There is no email address, phone number or website to contact the service"));
        }
        if (present(c.email()) && !validEmail(c.email())) {
            issues.add(new QualityIssue("INVALID_EMAIL", "The email address " + c.email() + " is not valid"));
        }
        if (present(c.url()) && !validUrl(c.url())) {
            issues.add(new QualityIssue("INVALID_URL", "The website " + c.url() + " is not a valid web address"));
        }
        if (present(c.phone()) && !validPhone(c.phone())) {
            issues.add(new QualityIssue("INVALID_PHONE", "The phone number " + c.phone() + " is not a valid UK number"));
        }
        for (var k : c.contacts()) {
            if (present(k.email()) && !validEmail(k.email())) {
                issues.add(new QualityIssue("INVALID_EMAIL", "The contact's email address " + k.email() + " is not valid"));
            }
            if (present(k.phone()) && !validPhone(k.phone())) {
                issues.add(new QualityIssue("INVALID_PHONE", "The contact's phone number " + k.phone() + " is not a valid UK number"));
            }
        }
        if (c.termIds().isEmpty()) {
            issues.add(new QualityIssue("NO_TERMS", "The service has no taxonomy terms, so searches by need will not find it"));
        }
        for (String t : c.termIds()) {
            if (!knownTerms.contains(t)) {
                issues.add(new QualityIssue("UNKNOWN_TERM", "The taxonomy term " + t + " does not match a term in the directory's taxonomies"));
            }
        }
        if (c.minimumAge() != null && c.maximumAge() != null && c.minimumAge() > c.maximumAge()) {
            issues.add(new QualityIssue("AGE_RANGE", "The minimum age is above the maximum age"));
        }
        if (c.locations().isEmpty() && !present(c.url())) {
            issues.add(new QualityIssue("NO_LOCATION", "The service has no location and no website, so families cannot tell where it is"));
        }
        for (var l : c.locations()) {
            if ("physical".equals(l.locationType()) && !validCoordinates(l.latitude(), l.longitude())) {
                issues.add(new QualityIssue("INVALID_COORDINATES", "The location " + (l.name() == null ? "" : l.name() + " ")
                        + "has no valid latitude and longitude, so distance searches will not find it"));
            }
            if ("physical".equals(l.locationType()) && !present(l.postcode())) {
                issues.add(new QualityIssue("NO_POSTCODE", "The location " + (l.name() == null ? "" : l.name() + " ") + "has no postcode"));
            }
        }
        return issues;
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static boolean validEmail(String s) {
        return s != null && s.length() <= 200 && EMAIL.matcher(s.strip()).matches();
    }

    static boolean validUrl(String s) {
        if (s == null) {
            return false;
        }
        try {
            URI uri = new URI(s.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (Exception e) {
            return false;
        }
    }

    /** A UK number: 10 or 11 digits starting 0 (or +44 for the 0), spaces, hyphens and brackets allowed. */
    static boolean validPhone(String s) {
        if (s == null) {
            return false;
        }
        String digits = s.strip().replaceAll("[\\s()\\-]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        }
        return digits.matches("0\\d{9,10}");
    }

    static boolean validCoordinates(Double lat, Double lon) {
        return lat != null && lon != null && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }
}
