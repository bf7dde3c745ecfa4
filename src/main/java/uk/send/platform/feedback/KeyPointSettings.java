package uk.send.platform.feedback;

/**
 * How a key point's survey goes out: automatically after casework's event or only by hand, how many days after the
 * event, how many days a link lasts, after how many days without an answer a reminder goes, and at most how many.
 */
public record KeyPointSettings(KeyPoint keyPoint, boolean automatic, int delayDays, int expiryDays,
        int reminderAfterDays, int maxReminders, int version) {
}
