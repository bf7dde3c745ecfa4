package uk.send.platform.advice.internal;

import java.util.List;
import java.util.Optional;

/**
 * A versioned structured advice form. A response keeps the code and version it was written on, so a form can change
 * without changing what a provider submitted.
 */
record AdviceForm(String code, int version, String title, String introduction, List<FormSection> sections) {

    AdviceForm {
        sections = List.copyOf(sections);
    }

    List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    Optional<Question> question(String key) {
        return questions().stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public String versionLabel() {
        return title + ", version " + version;
    }
}
