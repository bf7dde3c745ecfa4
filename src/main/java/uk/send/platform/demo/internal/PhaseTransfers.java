package uk.send.platform.demo.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.send.platform.casework.PhaseTransferKind;

/**
 * The moves between phases of education a synthetic child makes on 1 September (reg 2(1), reg 18): into reception,
 * for a few from an infant to a junior school, to secondary school and to a post-16 institution, in the year their
 * school year group makes them. Children in all-through special schools make no move at 11, and young people staying
 * in a school sixth form none at 16.
 */
final class PhaseTransfers {

    /** A move on a 1 September, with the reg 18 deadline for reviewing and amending the plan ahead of it. */
    record PhaseTransfer(PhaseTransferKind kind, LocalDate on) {

        /**
         * Before 31 March (secondary school to post-16) or 15 February (any other move) of the transfer's year
         * (reg 18(1)); the day before, as the Local Area reads "before" by default (decision 0003).
         */
        LocalDate deadline() {
            return kind == PhaseTransferKind.SECONDARY_TO_POST16 ? LocalDate.of(on.getYear(), 3, 30)
                    : LocalDate.of(on.getYear(), 2, 14);
        }

        /** The autumn term before the move, when the Local Area schedules its review. */
        LocalDate autumnBefore() {
            return LocalDate.of(on.getYear() - 1, 9, 1);
        }
    }

    /** A move made at the age a child is on the 31 August before it, by this share of children. */
    private record Move(int ageBefore, PhaseTransferKind kind, int percent) {
    }

    private static final List<Move> MOVES = List.of(
            new Move(4, PhaseTransferKind.OTHER_PHASE, 100),
            new Move(7, PhaseTransferKind.OTHER_PHASE, 10),
            new Move(11, PhaseTransferKind.OTHER_PHASE, 85),
            new Move(16, PhaseTransferKind.SECONDARY_TO_POST16, 75));
    private static final MonthDay END_OF_SCHOOL_YEAR = MonthDay.of(8, 31);

    private PhaseTransfers() {
    }

    /**
     * The moves of a child of this age today, oldest first. The journey knows only the age, so the birthday is
     * placed at random within it, as the register places it.
     */
    static List<PhaseTransfer> forChildAged(int age, LocalDate today, Random random) {
        LocalDate born = today.minusYears(age).minusDays(1 + random.nextInt(364));
        List<PhaseTransfer> transfers = new ArrayList<>();
        for (Move move : MOVES) {
            if (random.nextInt(100) < move.percent()) {
                transfers.add(new PhaseTransfer(move.kind(), firstSeptemberAfter(born.plusYears(move.ageBefore()))));
            }
        }
        return transfers;
    }

    /** The 1 September that starts the school year after the one the day falls in. */
    private static LocalDate firstSeptemberAfter(LocalDate day) {
        int year = MonthDay.from(day).isAfter(END_OF_SCHOOL_YEAR) ? day.getYear() + 1 : day.getYear();
        return LocalDate.of(year, 9, 1);
    }
}
