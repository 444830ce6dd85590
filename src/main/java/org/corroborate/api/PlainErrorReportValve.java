package org.corroborate.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answer, for a request it refuses before any application code sees it (an address it cannot
 * decode: {@code /%}, {@code /a%zz}, an encoded NUL, slash or backslash, {@code /..;/}): the same plain page as
 * {@link ApiErrorController} gives (problem details under {@code /api/}) instead of Tomcat's "HTTP Status 400" HTML.
 * Installed as the host's error report valve by {@link TomcatErrorPages}.
 */
public class PlainErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        String uri = request.getRequestURI();
        boolean api = uri != null && (uri.startsWith("/api/") || uri.equals("/api"));
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String body;
            if (api) {
                response.setContentType("application/problem+json");
                body = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + code
                        + ",\"detail\":\"" + ApiErrorController.detail(status, "").replace("\"", "'") + "\"}";
            } else {
                response.setContentType("text/html");
                body = ApiErrorController.page(status);
            }
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the answer was already under way: nothing more to say
        }
    }
}
