package uk.send.platform.feedback;

import java.util.List;

/**
 * One question of a survey version. measure names the figure it feeds ("listened-to": answers of 4 or 5 on the
 * scale count as feeling listened to), null for none.
 */
public record Question(String key, QuestionKind kind, String text, String easyReadText, List<String> options,
        boolean required, String measure) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The choices the form offers: the scale's labels, the question's options, or none for free text. */
    public List<String> choices(boolean easyRead) {
        return switch (kind) {
            case SCALE -> easyRead ? QuestionKind.EASY_READ_SCALE_LABELS : QuestionKind.SCALE_LABELS;
            case CHOICE -> options;
            case TEXT -> List.of();
        };
    }

    public String text(boolean easyRead) {
        return easyRead ? easyReadText : text;
    }
}
