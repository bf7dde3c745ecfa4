package uk.send.platform.advice.internal;

import java.util.List;
import java.util.Map;

/**
 * A draft or a submission over the API: text answers by question key, provision lines by question key, and for a
 * late submission the reg 8(2) reason (NONE, EXCEPTIONAL_CIRCUMSTANCES, ABSENT_FROM_AREA, MISSED_APPOINTMENT).
 */
record AnswersBody(Map<String, String> answers, Map<String, List<ProvisionRow>> provision, String lateReason,
        String lateNote) {

    AdviceAnswers toAnswers() {
        return new AdviceAnswers(answers, provision);
    }
}
