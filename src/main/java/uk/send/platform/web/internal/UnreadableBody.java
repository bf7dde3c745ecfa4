package uk.send.platform.web.internal;

import java.util.List;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;
import uk.send.platform.kernel.FieldProblem;

/** Explains a request body that could not be read (malformed JSON, an impossible date) by naming the field. */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static String describe(HttpMessageNotReadableException e) {
        return field(e) == null ? "The request body is not valid JSON" : "The field " + field(e) + " is not valid";
    }

    static List<FieldProblem> problems(HttpMessageNotReadableException e) {
        String field = field(e);
        if (field == null) {
            return List.of(new FieldProblem("body", "The request body is not valid JSON"));
        }
        String hint = controlCharacters(e) ? ControlCharacters.MESSAGE
                : field.toLowerCase().endsWith("on") || field.toLowerCase().contains("date")
                ? "Enter a real date as YYYY-MM-DD" : "Enter a valid value";
        return List.of(new FieldProblem(field, hint));
    }

    private static boolean controlCharacters(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(ControlCharacters.MESSAGE)) {
                return true;
            }
        }
        return false;
    }

    private static String field(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof DatabindException d && !d.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (var ref : d.getPath()) {
                    if (ref.getPropertyName() != null) {
                        if (!path.isEmpty()) path.append('.');
                        path.append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
            cause = cause.getCause();
        }
        return null;
    }
}
