package uk.send.platform.feedback;

import java.time.Instant;

/**
 * One message about an invitation (the invitation itself or a reminder) and how its delivery went, from the
 * notifications outbox.
 */
public record Delivery(long messageId, String kind, Instant queuedAt, String status, int attempts, String lastError,
        Instant sentAt, String deliveryStatus) {

    /** The delivery in plain words. */
    public String describe() {
        return switch (status) {
            case "PENDING" -> attempts == 0 ? "Waiting to be sent" : "Not sent yet: trying again (" + attempts + " tries)";
            case "SENT" -> deliveryStatus == null ? "Sent" : switch (deliveryStatus) {
                case "delivered" -> "Delivered";
                case "sending", "created", "pending" -> "Sent, not delivered yet";
                default -> "Sent (" + deliveryStatus + ")";
            };
            case "HELD" -> lastError == null ? "Held in the outbox (no email service configured)"
                    : "Held in the outbox: " + lastError;
            case "FAILED" -> "Failed" + (lastError == null ? "" : " (" + lastError + ")");
            default -> status;
        };
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }
}
