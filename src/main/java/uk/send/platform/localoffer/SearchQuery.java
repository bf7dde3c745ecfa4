package uk.send.platform.localoffer;

import java.util.List;

/**
 * A search of the published directory. Every part is optional.
 * <ul>
 * <li>{@code text}: words, each matched against the start of a word of the service (name, description, terms,
 * organisation).</li>
 * <li>{@code termIds} / {@code taxonomyId}: services described by every one of the terms, or by any term of the
 * taxonomy.</li>
 * <li>{@code age}: a child's age the service takes (no bound means any age); {@code minimumAgeAtLeast} and
 * {@code maximumAgeAtMost} are the ORUK API's {@code minimum_age} and {@code maximum_age}.</li>
 * <li>{@code latitude}/{@code longitude} with {@code radiusMetres}: services with a location that near; with a
 * point, results come nearest first.</li>
 * <li>{@code freeOnly}: services with no cost.</li>
 * <li>{@code day} (MO to SU), {@code from}, {@code until} (HH:mm): open on that day; {@code overlap} true means open
 * at some time between from and until (the public page), false means opening at or after from and closing at or
 * before until (the ORUK API).</li>
 * <li>{@code publicOnly}: only services families can use now (active or temporarily closed).</li>
 * </ul>
 */
public record SearchQuery(String text, List<String> termIds, String taxonomyId, Integer age, Double minimumAgeAtLeast,
        Double maximumAgeAtMost, Double latitude, Double longitude, Integer radiusMetres, boolean freeOnly, String day,
        String from, String until, boolean overlap, boolean publicOnly, String organisationId) {

    public static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    public SearchQuery {
        termIds = termIds == null ? List.of() : termIds.stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    public static SearchQuery all() {
        return new SearchQuery(null, List.of(), null, null, null, null, null, null, null, false, null, null, null, false,
                false, null);
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }
}
