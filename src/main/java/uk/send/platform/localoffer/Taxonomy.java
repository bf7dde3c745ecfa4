package uk.send.platform.localoffer;

/** A taxonomy: a list of terms services are described with (needs, kinds of service, age groups). */
public record Taxonomy(String id, String name, String description, String uri, String version) {
}
