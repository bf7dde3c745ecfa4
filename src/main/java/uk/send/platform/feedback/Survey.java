package uk.send.platform.feedback;

import java.time.Instant;
import java.util.List;

/** A version of a key point's survey. A version never changes once made; a new one replaces it for new invitations. */
public record Survey(String id, KeyPoint keyPoint, int version, String title, String easyReadTitle, String intro,
        String easyReadIntro, List<Question> questions, Instant createdAt, String createdBy) {

    public Survey {
        questions = List.copyOf(questions);
    }

    public String title(boolean easyRead) {
        return easyRead ? easyReadTitle : title;
    }

    public String intro(boolean easyRead) {
        return easyRead ? easyReadIntro : intro;
    }
}
