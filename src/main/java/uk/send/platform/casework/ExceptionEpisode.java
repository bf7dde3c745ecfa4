package uk.send.platform.casework;

import java.time.LocalDate;

/**
 * A dated period in which an exception made a time limit impractical (reg 10(4), 13(3), 5(4); reg 8(2) when it
 * names an advice request). It never moves a due date: the deadline is shown with "exception applies".
 */
public record ExceptionEpisode(ExceptionGround ground, LocalDate startedOn, LocalDate endedOn, String evidence,
        LocalDate familyToldOn, String adviceId) {

    public ExceptionEpisode endedOn(LocalDate on) {
        return new ExceptionEpisode(ground, startedOn, on, evidence, familyToldOn, adviceId);
    }

    public boolean open() {
        return endedOn == null;
    }

    /** Whether the episode touches the period from..to inclusive; an open episode runs on. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startedOn.isAfter(to) && (endedOn == null || !endedOn.isBefore(from));
    }
}
