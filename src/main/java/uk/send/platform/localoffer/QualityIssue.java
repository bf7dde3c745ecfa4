package uk.send.platform.localoffer;

/** A data-quality finding about a service, in the spirit of the ORUK validator's semantic audit. */
public record QualityIssue(String code, String message) {
}
