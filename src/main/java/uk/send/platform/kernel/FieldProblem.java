package uk.send.platform.kernel;

/** One thing wrong with one field of what was submitted. */
public record FieldProblem(String field, String message) {
}
