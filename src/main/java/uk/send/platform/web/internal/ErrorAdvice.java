package uk.send.platform.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.RecordNotFound;

/**
 * One place that turns failures into answers: RFC 9457 problem documents on the API, GOV.UK error pages on pages.
 * Never a stack trace, never personal data in the log.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    @ExceptionHandler(InvalidInput.class)
    Object invalid(InvalidInput e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList();
        return answer(request, HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are not valid", problems);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "Invalid request", UnreadableBody.describe(e),
                UnreadableBody.problems(e));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    Object badParameter(Exception e, HttpServletRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return answer(request, HttpStatus.BAD_REQUEST, "Invalid request", "The parameter " + name + " is not valid",
                List.of(new FieldProblem(name, "Enter a valid " + name)));
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    Object tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "Invalid request", "The file must be smaller than 10 MB",
                List.of(new FieldProblem("file", "The file must be smaller than 10 MB")));
    }

    @ExceptionHandler(RecordNotFound.class)
    Object notFound(RecordNotFound e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object noResource(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Not found", "There is nothing at this address", List.of());
    }

    @ExceptionHandler(ConflictingChange.class)
    Object conflict(ConflictingChange e, HttpServletRequest request) {
        return answer(request, HttpStatus.valueOf(e.status()), e.status() == 409 ? "Conflict" : "Not allowed now",
                e.getMessage(), List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object stale(OptimisticLockingFailureException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "Conflict",
                "Someone else changed this record at the same time; reload it and try again", List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("Refused a change that breaks a database constraint: {}", e.getClass().getSimpleName());
        return answer(request, HttpStatus.CONFLICT, "Conflict", "The change conflicts with a record already held",
                List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", e.getMessage(), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Send JSON (application/json)", List.of());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure handling {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "The service could not complete the request", List.of());
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String title, String detail,
            List<FieldProblem> problems) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            problem.setInstance(URI.create(request.getRequestURI()));
            if (!problems.isEmpty()) {
                problem.setProperty("errors", problems.stream()
                        .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        int code = status.value();
        String view = code == 404 || code == 403 ? "error/" + code : code >= 500 ? "error/500" : "error";
        ModelAndView mav = new ModelAndView(view, Map.of("status", code, "title", title, "detail", detail));
        mav.setStatus(status);
        return mav;
    }
}
