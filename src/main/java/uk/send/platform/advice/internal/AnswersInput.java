package uk.send.platform.advice.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import uk.send.platform.kernel.InvalidInput;

/**
 * Reads a form page's inputs into answers: "q-&lt;key&gt;" for text, "q-&lt;key&gt;-&lt;line&gt;-what|frequency|who"
 * for provision lines, and the late reason.
 */
final class AnswersInput {

    static final int BLANK_LINES = 3;

    private AnswersInput() {
    }

    static AdviceAnswers read(AdviceForm form, MultiValueMap<String, String> params) {
        Map<String, String> text = new HashMap<>();
        Map<String, List<ProvisionRow>> provision = new HashMap<>();
        for (Question q : form.questions()) {
            if (q.provision()) {
                List<ProvisionRow> rows = new ArrayList<>();
                for (int i = 0; i < FormRules.MAX_ROWS + BLANK_LINES; i++) {
                    rows.add(new ProvisionRow(params.getFirst(FormRules.cell(q, i, "what")),
                            params.getFirst(FormRules.cell(q, i, "frequency")),
                            params.getFirst(FormRules.cell(q, i, "who"))));
                }
                provision.put(q.key(), rows);
            } else {
                text.put(q.key(), params.getFirst(q.fieldId()));
            }
        }
        return new AdviceAnswers(text, provision);
    }

    static LateReason lateReason(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LateReason.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("lateReason", "Choose one of the reasons listed: " + java.util.Arrays.toString(
                    LateReason.values()));
        }
    }
}
