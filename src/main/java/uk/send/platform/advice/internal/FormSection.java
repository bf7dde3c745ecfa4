package uk.send.platform.advice.internal;

import java.util.List;

/** A heading on an advice form with its questions. */
record FormSection(String heading, List<Question> questions) {

    FormSection {
        questions = List.copyOf(questions);
    }
}
