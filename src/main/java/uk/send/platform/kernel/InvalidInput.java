package uk.send.platform.kernel;

import java.util.List;

/** What was submitted cannot be accepted; nothing was stored. 400 on the API, an error summary on a page. */
public class InvalidInput extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Invalid input" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
