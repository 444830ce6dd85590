package org.corroborate.api;

import java.util.List;
import java.util.NoSuchElementException;
import org.corroborate.evidence.FigureNotFoundException;
import org.corroborate.report.DuplicateReportException;
import org.corroborate.ingest.FetchFailedException;
import org.corroborate.report.InvalidReportException;
import org.corroborate.figure.StaleFigureException;
import org.corroborate.story.InvalidStoryException;
import org.corroborate.story.StoryPublishedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the services' exceptions mean to an API client, as RFC 9457 problem details. Malformed JSON (400) and
 * unsupported media types are Spring's own problem details; a missing token (401) is the security chain's.
 */
@RestControllerAdvice(basePackages = "org.corroborate.api")
class ApiProblems {

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

    @ExceptionHandler(InvalidReportException.class)
    ProblemDetail invalidReport(InvalidReportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("fields", e.problems().stream().map(p -> fieldName(p.field())).distinct().toList());
        return problem;
    }

    @ExceptionHandler(InvalidStoryException.class)
    ProblemDetail invalidStory(InvalidStoryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
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
        problem.setProperty("reason", e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
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

    @ExceptionHandler(StoryPublishedException.class)
    ProblemDetail locked(StoryPublishedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The story is published: it is locked until it"
                + " is reopened.");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail unprocessable(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
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
