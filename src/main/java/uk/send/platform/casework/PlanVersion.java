package uk.send.platform.casework;

import java.time.Instant;
import java.time.LocalDate;

/** A version of a plan as issued: DRAFT, FINAL or AMENDED, numbered from 1. */
public record PlanVersion(int version, String status, LocalDate issuedOn, Instant createdAt, String createdBy) {
}
