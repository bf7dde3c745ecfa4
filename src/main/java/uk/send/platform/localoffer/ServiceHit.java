package uk.send.platform.localoffer;

import java.time.LocalDate;
import java.util.List;

/** A service in search results: what the results list shows, with the distance to its nearest location if asked. */
public record ServiceHit(String id, String name, String description, String organisationName, String status,
        boolean free, Integer minimumAge, Integer maximumAge, List<String> termNames, String town, Double distanceMetres,
        LocalDate reviewDue) {
}
