package uk.send.platform.casework;

import java.util.List;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;

/**
 * The journey does not accept the event: 409 when it conflicts with the stage, 422 when its dates or values
 * cannot be right. Nothing was stored. The problems name the fields at fault, where there are any.
 */
public class RefusedEvent extends ConflictingChange {

    private final transient List<FieldProblem> problems;

    public RefusedEvent(int status, String reason, List<FieldProblem> problems) {
        super(status, reason);
        this.problems = List.copyOf(problems);
    }

    public static RefusedEvent conflict(String reason) {
        return new RefusedEvent(409, reason, List.of());
    }

    public static RefusedEvent unprocessable(String field, String reason) {
        return new RefusedEvent(422, reason, field == null ? List.of() : List.of(new FieldProblem(field, reason)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
