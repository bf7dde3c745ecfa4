package uk.send.platform.insight.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** The age groups of the DfE "Education, health and care plans" statistics, by age in whole years on a day. */
enum AgeBand {
    UNDER_5(0, "Under 5"),
    AGE_5_TO_10(5, "5 to 10"),
    AGE_11_TO_15(11, "11 to 15"),
    AGE_16_TO_19(16, "16 to 19"),
    AGE_20_TO_25(20, "20 to 25"),
    NOT_KNOWN(-1, "Not known");

    private final int fromAge;
    private final String label;

    AgeBand(int fromAge, String label) {
        this.fromAge = fromAge;
        this.label = label;
    }

    String label() {
        return label;
    }

    static AgeBand on(LocalDate dateOfBirth, LocalDate day) {
        if (dateOfBirth == null || day.isBefore(dateOfBirth)) {
            return NOT_KNOWN;
        }
        int age = Period.between(dateOfBirth, day).getYears();
        AgeBand band = UNDER_5;
        for (AgeBand b : values()) {
            if (b.fromAge >= 0 && age >= b.fromAge) {
                band = b;
            }
        }
        return band;
    }

    /** A day from which a child is in a band. */
    record Change(LocalDate from, AgeBand band) {
    }

    /** The band on the day given, then each birthday after it on which the band changes. */
    static List<Change> from(LocalDate dateOfBirth, LocalDate day) {
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(day, on(dateOfBirth, day)));
        if (dateOfBirth == null) {
            return changes;
        }
        for (AgeBand b : values()) {
            if (b.fromAge > 0) {
                LocalDate birthday = birthday(dateOfBirth, b.fromAge);
                if (birthday.isAfter(day)) {
                    changes.add(new Change(birthday, b));
                }
            }
        }
        return changes;
    }

    /** The first day on which the child is the age given (29 February birthdays fall on 1 March). */
    private static LocalDate birthday(LocalDate dateOfBirth, int age) {
        LocalDate day = dateOfBirth.plusYears(age);
        return Period.between(dateOfBirth, day).getYears() < age ? day.plusDays(1) : day;
    }
}
