package uk.send.platform.localoffer;

import java.util.List;

/**
 * What an editor can change about a service: the content of one version. Stored as JSON with each version, and
 * published into the directory tables when the Local Area approves it. Statuses are the ORUK ones ({@code active},
 * {@code inactive}, {@code defunct}, {@code temporarily closed}).
 */
public record ServiceContent(String name, String description, String url, String email, String phone, String status,
        String fees, boolean free, Integer minimumAge, Integer maximumAge, String eligibility, String howToAccess,
        String alert, List<String> termIds, List<LocationContent> locations, List<ScheduleContent> schedules,
        List<ContactContent> contacts) {

    public static final List<String> STATUSES = List.of("active", "inactive", "defunct", "temporarily closed");

    public ServiceContent {
        termIds = termIds == null ? List.of() : List.copyOf(termIds);
        locations = locations == null ? List.of() : List.copyOf(locations);
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** A place the service is delivered; ids are kept so ORUK consumers see stable identifiers. */
    public record LocationContent(String id, String serviceAtLocationId, String locationType, String name,
            String description, String address1, String city, String county, String postcode, Double latitude,
            Double longitude, String accessibility) {
    }

    /** One day of a weekly schedule: {@code byday} is MO to SU; times as {@code HH:mm}. */
    public record ScheduleContent(String id, String byday, String opensAt, String closesAt, String description) {
    }

    /** A named contact for the service (a role title, never a private person's details in the demo). */
    public record ContactContent(String id, String name, String title, String email, String phone) {
    }
}
