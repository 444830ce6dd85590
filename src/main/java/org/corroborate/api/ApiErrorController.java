package org.corroborate.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servlet container's error page ({@code /error}), reached by failures outside any controller: a request no
 * endpoint takes, a method or media type an address does not accept, a security filter or the token check
 * failing (the database down), an address the firewall rejects. Under {@code /api/} the answer is problem
 * details as {@link ApiProblems} would give, never HTML and never a redirect; elsewhere a plain page in the
 * app's words.
 */
@Controller
class ApiErrorController implements ErrorController {

    private final JsonMapper json;
    private final ErrorAttributes errors;

    ApiErrorController(JsonMapper json, ErrorAttributes errors) {
        this.json = json;
        this.errors = errors;
    }

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer c ? c : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String u ? u.substring(Math.min(u.length(), request.getContextPath().length()))
                : request.getRequestURI();
        @Nullable Throwable failure = failure(request);
        if (path.startsWith("/api/") || path.equals("/api")) {
            ResponseEntity<ProblemDetail> answer = failure != null && status.is5xxServerError()
                    ? ApiFailures.answer(failure, request.getMethod(), path)
                    : ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status,
                            detail(status, path)));
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(json.writeValueAsString(answer.getBody()));
        }
        if (status.is5xxServerError()) {
            ApiFailures.internalError(failure, request.getMethod(), path);
        }
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page(status));
    }

    private @Nullable Throwable failure(HttpServletRequest request) {
        Throwable t = errors.getError(new ServletWebRequest(request));
        while (t instanceof ServletException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static String detail(HttpStatus status, String path) {
        return switch (status) {
            case NOT_FOUND -> "There is no API endpoint at " + path + "; see /api/docs.";
            case METHOD_NOT_ALLOWED -> path + " does not accept this method; see /api/docs.";
            case UNSUPPORTED_MEDIA_TYPE -> path + " does not accept this Content-Type; see /api/docs.";
            case NOT_ACCEPTABLE -> path + " cannot answer in the media type asked for (Accept); it answers JSON.";
            case BAD_REQUEST -> "The request could not be read (address, headers or body).";
            case CONTENT_TOO_LARGE -> "The request is too large.";
            case UNAUTHORIZED -> "Send a personal API token as 'Authorization: Bearer <token>', or log in.";
            case FORBIDDEN -> "Your role does not allow this.";
            default -> status.getReasonPhrase() + ".";
        };
    }

    /** A plain page for a failure outside the app's views (the views have their own error pages). */
    static String page(HttpStatus status) {
        String title = switch (status) {
            case NOT_FOUND -> "Nothing here / Rien ici";
            case BAD_REQUEST -> "This address cannot be read / Adresse illisible";
            default -> status.is5xxServerError() ? "Something went wrong / Une erreur est survenue"
                    : status.getReasonPhrase();
        };
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title)
                + " · Corroborate</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>"
                + HtmlUtils.htmlEscape(title) + "</h1><p>" + status.value() + " " + HtmlUtils.htmlEscape(
                        status.getReasonPhrase()) + "</p><p><a href=\"/stories\">Corroborate</a></p></body></html>";
    }
}
