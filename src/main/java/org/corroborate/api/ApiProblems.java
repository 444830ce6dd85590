package org.corroborate.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;
import org.corroborate.base.json.StrictInputException;
import org.corroborate.evidence.FigureNotFoundException;
import org.corroborate.figure.StaleFigureException;
import org.corroborate.ingest.FetchFailedException;
import org.corroborate.report.DuplicateReportException;
import org.corroborate.report.InvalidReportException;
import org.corroborate.story.InvalidStoryException;
import org.corroborate.story.StoryPublishedException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What the services' exceptions mean to an API client, as RFC 9457 problem details, whatever fails: Spring MVC's
 * own failures (unsupported media type, a path variable of the wrong type...) as the base class answers them;
 * malformed JSON 400; a value of the wrong type, or text the database cannot store, 422 naming the field; anything
 * unexpected as {@link ApiFailures} decides (503, 409 or 500 with a correlation id). A missing token (401) is the
 * security chain's; failures outside any controller reach {@link ApiErrorController}.
 */
@RestControllerAdvice(basePackages = "org.corroborate.api")
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler({NoSuchElementException.class, FigureNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage() + ".");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this.");
    }

    @ExceptionHandler(MissingFieldException.class)
    ProblemDetail missingField(MissingFieldException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("fields", e.fields());
        return problem;
    }

    /** A report its rules refuse: 422 naming the fields; a text over the size limit is a 413. */
    @ExceptionHandler(InvalidReportException.class)
    ProblemDetail invalidReport(InvalidReportException e) {
        HttpStatus status = e.problems().stream().anyMatch(p -> p.messageKey().equals("report.error.text-too-long"))
                ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setProperty("fields", e.problems().stream().map(p -> fieldName(p.field())).distinct().toList());
        return problem;
    }

    /**
     * A story its rules refuse: 422 naming the fields, in the app's words (the translation keys stay in
     * {@code problems}); a text over the size limit is a 413.
     */
    @ExceptionHandler(InvalidStoryException.class)
    ProblemDetail invalidStory(InvalidStoryException e) {
        HttpStatus status = e.problems().contains("story.error.text-too-long") ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                String.join(" ", e.problems().stream().map(ApiProblems::words).toList()));
        problem.setProperty("problems", e.problems());
        problem.setProperty("fields", e.problems().stream().map(ApiProblems::storyField).distinct().toList());
        return problem;
    }

    /** The English words of a translation key of the app (its default bundle), or the key when it has none. */
    private static String words(String key) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT);
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    /** The request field a story rule's key is about: story.error.title-too-long is about 'title'. */
    private static String storyField(String key) {
        String rule = key.substring(key.lastIndexOf('.') + 1);
        if (rule.startsWith("published-")) {
            return "publishedAt";
        }
        int dash = rule.indexOf('-');
        return dash < 0 ? rule : rule.substring(0, dash);
    }

    @ExceptionHandler(DuplicateReportException.class)
    ProblemDetail duplicate(DuplicateReportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("existing", "/api/v1/reports/" + e.duplicate().existing().id());
        return problem;
    }

    /** A web address that could not be read: why, in {@code reason} (refused-address, timeout, http-status...). */
    @ExceptionHandler(FetchFailedException.class)
    ProblemDetail unreadableLink(FetchFailedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage() + ".");
        problem.setProperty("reason", e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        problem.setProperty("fields", List.of("url"));
        return problem;
    }

    /** Someone saved the figure since the caller read it: the figure as it is now, to decide again. */
    @ExceptionHandler(StaleFigureException.class)
    ProblemDetail stale(StaleFigureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The figure was changed since the version you sent; it is now at version " + e.current().version() + ".");
        problem.setProperty("version", e.current().version());
        problem.setProperty("current", e.current().summary());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail unprocessable(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    /** A request parameter out of its bounds or carrying text that cannot be stored. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("fields", List.of(e.parameter()));
        return problem;
    }

    @ExceptionHandler(StoryPublishedException.class)
    ProblemDetail published(StoryPublishedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** Anything else: the database unavailable (503), a concurrent change (409), or a 500 with a correlation id. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        return ApiFailures.answer(e, request.getMethod(), request.getRequestURI());
    }

    /**
     * Malformed JSON is a 400; well-formed JSON with a value of the wrong type, or refused by the strict input
     * rules (a NUL character, an unpaired surrogate, a date out of range), is a 422 naming the field.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof DatabindException wrong && !wrong.getPath().isEmpty()) {
            String field = fieldPath(wrong);
            String detail = wrong instanceof StrictInputException
                    ? "The field '" + field + "' " + wrong.getOriginalMessage() + "."
                    : wrong instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                            ? "The field '" + field + "' must be " + describe(mismatch.getTargetType()) + "."
                            : "The field '" + field + "' has a value that cannot be read.";
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
            problem.setProperty("fields", List.of(field));
            return ResponseEntity.unprocessableContent().body(problem);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                malformed(ex.getCause(), ApiWords.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Malformed JSON in the client's language, saying where it broke: the parser's own message is English and names
     * its internals (walk F40).
     */
    private static String malformed(@Nullable Throwable cause, Locale language) {
        TokenStreamLocation where = cause instanceof JacksonException json ? json.getLocation() : null;
        if (where == null || where.getLineNr() < 1) {
            return ApiWords.of(language, "api.error.json-unreadable");
        }
        return ApiWords.of(language, cutShort((JacksonException) cause) ? "api.error.json-end" : "api.error.json",
                where.getLineNr(), Math.max(1, where.getColumnNr()));
    }

    /** The body stops before its JSON is complete (the parser does not always say so with its own type). */
    private static boolean cutShort(JacksonException e) {
        return e instanceof UnexpectedEndOfInputException
                || e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input");
    }

    private static String fieldPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    /** The request field that carries what the report's form calls {@code field}. */
    private static String fieldName(InvalidReportException.Field field) {
        return switch (field) {
            case TITLE -> "title";
            case PUBLISHER -> "publisherKey";
            case PUBLISHED -> "publishedAt";
            case LANGUAGE -> "language";
            case URL -> "url";
            case TEXT -> "text";
            case ASSERTIONS -> "assertions";
        };
    }

    /** A request parameter (query string) the API refuses: out of its bounds, or text that cannot be stored. */
    static class InvalidParameterException extends RuntimeException {

        private final String parameter;

        InvalidParameterException(String parameter, String problem) {
            super("The parameter '" + parameter + "' " + problem + ".");
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }

    /** A request that contradicts the state it targets (a suggestion already decided). */
    static class ConflictException extends RuntimeException {

        ConflictException(String message) {
            super(message);
        }
    }

    /** A required field of a request body that is absent or blank. */
    static class MissingFieldException extends RuntimeException {

        private final List<String> fields;

        MissingFieldException(List<String> fields) {
            super(fields.size() == 1 ? "The field '" + fields.getFirst() + "' is required."
                    : "The fields " + String.join(", ", fields.stream().map(f -> "'" + f + "'").toList())
                            + " are required.");
            this.fields = List.copyOf(fields);
        }

        List<String> fields() {
            return fields;
        }
    }
}
