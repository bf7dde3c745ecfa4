package uk.send.platform.advice.internal;

/**
 * One line of provision: what is provided, how often (frequency and duration), and who provides it. The Code of
 * Practice (9.69) asks for provision that is detailed and specific, normally quantified.
 */
record ProvisionRow(String what, String frequency, String who) {

    ProvisionRow {
        what = clean(what);
        frequency = clean(frequency);
        who = clean(who);
    }

    boolean blank() {
        return what.isEmpty() && frequency.isEmpty() && who.isEmpty();
    }

    boolean complete() {
        return !what.isEmpty() && !frequency.isEmpty() && !who.isEmpty();
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
