package uk.send.platform.advice.internal;

/**
 * A service that gives advice (an EP service, community paediatrics, a therapy service, social care, a school).
 * Its members are the ADVICE_PROVIDER users whose {@code service} is this service's name. When a request names no
 * service, it goes to the default service of its kind.
 */
record PartnerService(long id, String code, String name, AdviceKind kind, String contactEmail, boolean defaultForKind,
        boolean active) {
}
