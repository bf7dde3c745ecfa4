package uk.send.platform.localoffer;

/** A term of a taxonomy (for example "Speech, language and communication" in the needs taxonomy). */
public record TaxonomyTerm(String id, String taxonomyId, String parentId, String code, String name,
        String description, String termUri) {
}
