package uk.send.platform.advice.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The provision lines a form page shows: those written so far and a few blank ones to add more (no script needed). */
final class FormPageLines {

    private FormPageLines() {
    }

    static Map<String, List<ProvisionRow>> of(AdviceForm form, AdviceAnswers answers) {
        Map<String, List<ProvisionRow>> lines = new HashMap<>();
        for (Question q : form.questions()) {
            if (q.provision()) {
                List<ProvisionRow> rows = new ArrayList<>(answers.rows(q.key()));
                int blanks = Math.min(AnswersInput.BLANK_LINES, FormRules.MAX_ROWS + AnswersInput.BLANK_LINES - rows.size());
                for (int i = 0; i < blanks; i++) {
                    rows.add(new ProvisionRow("", "", ""));
                }
                lines.put(q.key(), rows);
            }
        }
        return lines;
    }
}
