package uk.send.platform.feedback;

import java.time.LocalDate;

/** One answer of a response a family gave without asking to stay anonymous, as the case's feedback page shows it. */
public record CaseResponse(String responseId, KeyPoint keyPoint, LocalDate submittedOn, String invitationId,
        String questionKey, QuestionKind kind, Integer scale, String choice, String text) {

    public String answer() {
        return switch (kind) {
            case SCALE -> scale == null ? "Not answered" : QuestionKind.SCALE_LABELS.get(scale - 1);
            case CHOICE -> choice == null ? "Not answered" : choice;
            case TEXT -> text == null ? "Not answered" : text;
        };
    }
}
