package uk.send.platform.web;

/** One thing wrong with one field of what was submitted. */
public record FieldProblem(String field, String message) {
}
