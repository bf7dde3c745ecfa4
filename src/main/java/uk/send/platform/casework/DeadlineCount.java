package uk.send.platform.casework;

/** How many deadlines under a rule were met in a period, how many on time, and how many with an exception. */
public record DeadlineCount(long met, long onTime, long withException, long onTimeWithoutException,
        long withoutException) {
}
