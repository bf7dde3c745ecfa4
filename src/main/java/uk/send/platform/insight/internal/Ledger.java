package uk.send.platform.insight.internal;

import uk.send.platform.kernel.LocalArea;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps insight_records and insight_cube in step: every record written is added to the cube, every record removed or
 * ended is taken out of it, so a figure read from the cube always equals the records a drill-down lists.
 */
@Component
class Ledger {

    private static final Totals ONE = new Totals(1, 0, 0);
    private static final Totals MINUS_ONE = new Totals(-1, 0, 0);

    private final RecordBook book;
    private final Cube cube;
    private final String la;

    Ledger(RecordBook book, Cube cube, LocalArea localArea) {
        this.book = book;
        this.cube = cube;
        this.la = localArea.code();
    }

    /** Counts a flow record once; false when it was counted before (an event delivered twice). */
    boolean count(CountedRecord record) {
        if (!book.insert(la, record)) {
            return false;
        }
        cube.add(la, record.counter(), record.on(), record.cell(), record.category(), record.totals());
        return true;
    }

    Optional<CountedRecord> first(Counter counter, String caseId, String ref) {
        return book.first(la, counter, caseId, ref);
    }

    /** Takes a flow record out of every figure (a request that turned out to be a plan transferred in). */
    void retract(Counter counter, String caseId, String ref) {
        for (CountedRecord r : book.of(la, counter, caseId, ref)) {
            book.delete(la, r.id());
            cube.add(la, counter, r.on(), r.cell(), r.category(), Totals.ZERO.minus(r.totals()));
        }
    }

    /** Counts a flow record above the line from now on (a phase transfer reviewed in time). */
    void markHit(Counter counter, String caseId, String ref) {
        for (CountedRecord r : book.of(la, counter, caseId, ref)) {
            if (!r.hit()) {
                book.markHit(la, r.id());
                cube.add(la, counter, r.on(), r.cell(), r.category(), new Totals(0, 1, 0));
            }
        }
    }

    /**
     * Starts a stock record on its day, in one segment per age band the child will pass through, so that a stock
     * read on any later day finds the child in the band of that day. Nothing happens if the record already stands.
     */
    void open(CountedRecord record, LocalDate dateOfBirth) {
        boolean standing = book.of(la, record.counter(), record.caseId(), record.ref()).stream()
                .anyMatch(r -> r.until() == null);
        if (standing) {
            return;
        }
        List<AgeBand.Change> changes = AgeBand.from(dateOfBirth, record.on());
        List<CountedRecord> segments = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            LocalDate end = i + 1 < changes.size() ? changes.get(i + 1).from() : null;
            segments.add(record.startingOn(changes.get(i).from(), record.cell().withAgeBand(changes.get(i).band()),
                    end));
        }
        boolean[] inserted = book.insertAll(la, segments);
        for (int i = 0; i < segments.size(); i++) {
            CountedRecord segment = segments.get(i);
            if (inserted[i]) {
                cube.add(la, segment.counter(), segment.on(), segment.cell(), segment.category(), ONE);
                if (segment.until() != null) {
                    cube.add(la, segment.counter(), segment.until(), segment.cell(), segment.category(), MINUS_ONE);
                }
            }
        }
    }

    /** Ends a stock record: from the day given it counts no more; a record not yet started is removed. */
    void close(Counter counter, String caseId, String ref, LocalDate day) {
        List<Long> removed = new ArrayList<>();
        for (CountedRecord segment : book.of(la, counter, caseId, ref)) {
            end(segment, day, removed);
        }
        book.deleteAll(la, removed);
    }

    /** Ends every stock record of a counter that still stands for a case, from the day given. */
    void closeAll(Counter counter, String caseId, LocalDate day) {
        List<Long> removed = new ArrayList<>();
        for (CountedRecord segment : book.standingFrom(la, caseId, day)) {
            if (segment.counter() == counter) {
                end(segment, day, removed);
            }
        }
        book.deleteAll(la, removed);
    }

    /** Moves a journey's standing stock records into its new cell from the day given (a change of team). */
    void regroup(Journey journey, LocalDate day) {
        Map<String, List<CountedRecord>> runs = new LinkedHashMap<>();
        for (CountedRecord r : book.standingFrom(la, journey.caseId(), day)) {
            runs.computeIfAbsent(r.counter() + "/" + r.ref(), k -> new ArrayList<>()).add(r);
        }
        for (List<CountedRecord> run : runs.values()) {
            CountedRecord first = run.get(0);
            LocalDate from = first.on().isAfter(day) ? first.on() : day;
            List<Long> removed = new ArrayList<>();
            run.forEach(segment -> end(segment, from, removed));
            book.deleteAll(la, removed);
            open(first.startingOn(from, journey.cell(), null), journey.dateOfBirth());
        }
    }

    /** Ends a segment on the day; one that would not have started by then is added to the records to remove. */
    private void end(CountedRecord segment, LocalDate day, List<Long> removed) {
        if (segment.until() != null && !segment.until().isAfter(day)) {
            return;
        }
        if (segment.until() != null) {
            cube.add(la, segment.counter(), segment.until(), segment.cell(), segment.category(), ONE);
        }
        if (segment.on().isBefore(day)) {
            book.endOn(la, segment.id(), day);
            cube.add(la, segment.counter(), day, segment.cell(), segment.category(), MINUS_ONE);
        } else {
            removed.add(segment.id());
            cube.add(la, segment.counter(), segment.on(), segment.cell(), segment.category(), MINUS_ONE);
        }
    }
}
