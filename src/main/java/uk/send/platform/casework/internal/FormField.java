package uk.send.platform.casework.internal;

import java.util.Map;

/** One question on a record-an-event page: its name, words, and how it is asked. */
record FormField(String name, String label, String hint, Kind kind, Map<String, String> options) {

    enum Kind {
        DATE, RADIOS, SELECT, TEXT, TEXTAREA
    }
}
