package uk.send.platform.advice.internal;

import java.util.ArrayList;
import java.util.List;
import uk.send.platform.kernel.FieldProblem;

/** What a draft and a submission must satisfy; problems name the page's input ids. */
final class FormRules {

    static final int MAX_ROWS = 20;
    static final int MAX_CELL = 500;

    private FormRules() {
    }

    /** A draft may be incomplete but not oversized. */
    static List<FieldProblem> draft(AdviceForm form, AdviceAnswers answers) {
        List<FieldProblem> problems = new ArrayList<>();
        answers.text().keySet().stream().filter(k -> form.question(k).filter(q -> !q.provision()).isEmpty()).sorted()
                .forEach(k -> problems.add(new FieldProblem(k, "There is no question " + k + " on " + form.versionLabel())));
        answers.provision().keySet().stream().filter(k -> form.question(k).filter(Question::provision).isEmpty()).sorted()
                .forEach(k -> problems.add(new FieldProblem(k, "There is no provision table " + k + " on "
                        + form.versionLabel())));
        for (Question q : form.questions()) {
            if (q.provision()) {
                List<ProvisionRow> rows = answers.rows(q.key());
                if (rows.size() > MAX_ROWS) {
                    problems.add(new FieldProblem(q.fieldId(), "Enter no more than " + MAX_ROWS + " lines of provision"));
                }
                for (int i = 0; i < rows.size(); i++) {
                    ProvisionRow row = rows.get(i);
                    if (row.what().length() > MAX_CELL || row.frequency().length() > MAX_CELL
                            || row.who().length() > MAX_CELL) {
                        problems.add(new FieldProblem(cell(q, i, "what"), "Line " + (i + 1) + " of "
                                + q.label().toLowerCase() + " must be " + MAX_CELL + " characters or fewer in each column"));
                    }
                }
            } else if (answers.text(q.key()).length() > Question.MAX_LENGTH) {
                problems.add(new FieldProblem(q.fieldId(), q.label() + " must be " + Question.MAX_LENGTH
                        + " characters or fewer"));
            }
        }
        return problems;
    }

    /** A submission answers every required question and says what, how often and who on every line of provision. */
    static List<FieldProblem> submission(AdviceForm form, AdviceAnswers answers) {
        List<FieldProblem> problems = new ArrayList<>(draft(form, answers));
        for (Question q : form.questions()) {
            if (q.provision()) {
                List<ProvisionRow> rows = answers.rows(q.key());
                for (int i = 0; i < rows.size(); i++) {
                    ProvisionRow row = rows.get(i);
                    if (!row.complete()) {
                        String missing = row.what().isEmpty() ? "what" : row.frequency().isEmpty() ? "frequency" : "who";
                        problems.add(new FieldProblem(cell(q, i, missing), "Line " + (i + 1) + " of provision: enter "
                                + switch (missing) {
                                    case "what" -> "what is provided";
                                    case "frequency" -> "how often and for how long";
                                    default -> "who provides it";
                                }));
                    }
                }
            } else if (q.required() && answers.text(q.key()).isEmpty()) {
                problems.add(new FieldProblem(q.fieldId(), "Enter " + lowerFirst(q.label())));
            }
        }
        return problems;
    }

    static String cell(Question q, int row, String column) {
        return q.fieldId() + "-" + row + "-" + column;
    }

    private static String lowerFirst(String s) {
        return s.startsWith("Your") || s.startsWith("How") || s.startsWith("The") || s.startsWith("Outcomes")
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s.toLowerCase();
    }
}
