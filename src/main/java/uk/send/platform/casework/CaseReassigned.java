package uk.send.platform.casework;

/** A case moved to another caseworker. */
public record CaseReassigned(String caseId, String fromCaseworker, String toCaseworker, String team) {
}
