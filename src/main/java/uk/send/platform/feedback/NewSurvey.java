package uk.send.platform.feedback;

import java.util.List;

/** A new version of a key point's survey as submitted (checked field by field before anything is stored). */
public record NewSurvey(String keyPoint, String title, String easyReadTitle, String intro, String easyReadIntro,
        List<NewQuestion> questions) {

    public record NewQuestion(String key, String kind, String text, String easyReadText, List<String> options,
            Boolean required, String measure) {
    }
}
