package uk.send.platform.casework.internal;

import java.time.LocalDate;
import java.util.List;

/** A statutory letter as it is printed: who it is to, what it says, section by section. */
record Letter(String title, String citation, LocalDate dated, String authority, String to, List<String> address,
        String childName, String reference, List<Section> sections) {

    record Section(String heading, List<String> paragraphs) {

        static Section of(String heading, String... paragraphs) {
            return new Section(heading, List.of(paragraphs));
        }
    }
}
