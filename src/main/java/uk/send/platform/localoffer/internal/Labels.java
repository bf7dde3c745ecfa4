package uk.send.platform.localoffer.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Plain words for the pages: ages, distances, dates, times and statuses. */
public final class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Labels() {
    }

    public static String ages(Integer min, Integer max) {
        if (min == null && max == null) {
            return "Any age";
        }
        if (min == null) {
            return "Up to " + max + (max == 1 ? " year" : " years");
        }
        if (max == null) {
            return min + (min == 1 ? " year" : " years") + " and over";
        }
        return "Ages " + min + " to " + max;
    }

    public static String miles(Double metres) {
        if (metres == null) {
            return null;
        }
        double miles = metres / 1609.344;
        return miles < 0.1 ? "Less than 0.1 miles away" : String.format(Locale.UK, "%.1f miles away", miles);
    }

    public static String day(java.time.Instant at) {
        return at == null ? "Not recorded" : DAY.format(at.atZone(java.time.ZoneId.of("Europe/London")));
    }

    public static String date(LocalDate d) {
        return d == null ? "Not recorded" : DAY.format(d);
    }

    /** 09:30 as 9:30am, 12:00 as 12pm. */
    public static String time(String hhmm) {
        if (hhmm == null || !hhmm.matches("\\d\\d:\\d\\d")) {
            return hhmm;
        }
        int h = Integer.parseInt(hhmm.substring(0, 2));
        int m = Integer.parseInt(hhmm.substring(3));
        String suffix = h < 12 ? "am" : "pm";
        int h12 = h % 12 == 0 ? 12 : h % 12;
        return h12 + (m == 0 ? "" : ":" + hhmm.substring(3)) + suffix;
    }

    public static String status(String status) {
        return switch (status == null ? "" : status) {
            case "active" -> "Running";
            case "temporarily closed" -> "Temporarily closed";
            case "inactive" -> "Not running";
            case "defunct" -> "Closed";
            default -> status;
        };
    }

    public static String snippet(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 220 ? text : text.substring(0, text.lastIndexOf(' ', 217) > 0 ? text.lastIndexOf(' ', 217) : 217) + "…";
    }

    public static String issue(String code) {
        return switch (code) {
            case "DESCRIPTION_SHORT" -> "Description under six words";
            case "NO_CONTACT" -> "No contact details";
            case "INVALID_EMAIL" -> "Email address not valid";
            case "INVALID_URL" -> "Website not valid";
            case "INVALID_PHONE" -> "Phone number not valid";
            case "NO_TERMS" -> "No taxonomy terms";
            case "UNKNOWN_TERM" -> "Taxonomy term does not match";
            case "AGE_RANGE" -> "Age range the wrong way round";
            case "NO_LOCATION" -> "No location or website";
            case "INVALID_COORDINATES" -> "Location without valid coordinates";
            case "NO_POSTCODE" -> "Location without a postcode";
            default -> code;
        };
    }
}
