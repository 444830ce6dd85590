package org.corroborate.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.corroborate.report.ImportRejection;
import org.corroborate.report.ImportSummary;
import org.corroborate.report.ReportImportService;
import org.corroborate.report.ReportText;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * /api/v1/reports/import: many reports at once, one JSON object a line in the shape of {@code POST /api/v1/reports}.
 * Synchronous: the answer is the summary, once every line is stored or rejected. The body is read whole (at most
 * {@value ReportImportService#MAX_SIZE_LABEL}) before anything is stored, so a body over the limit is a 413 that
 * stores nothing.
 */
@RestController
class ReportImportController {

    private final ReportImportService imports;

    ReportImportController(ReportImportService imports) {
        this.imports = imports;
    }

    record LineError(int line, String reason) {
    }

    record ImportResult(int read, int stored, int rejected, List<LineError> errors) {

        /** Each line's reasons in the client's language: English as the service words them, or French. */
        static ImportResult of(ImportSummary summary, Locale language) {
            return new ImportResult(summary.read(), summary.stored(), summary.rejected(), summary.rejections()
                    .stream().map(r -> new LineError(r.line(), reason(r, language))).toList());
        }

        private static String reason(ImportRejection rejection, Locale language) {
            return !ApiWords.french(language) ? rejection.reason() : String.join(" ", rejection.reasons().stream()
                    .map(r -> ApiWords.of(language, r.messageKey(), r.arguments().toArray())).toList());
        }
    }

    @Operation(summary = "Import reports from JSON Lines",
            description = "One report per line, each in the shape of POST /api/v1/reports; blank lines are skipped. "
                    + "Every line is stored with the assertions extracted from its text, or rejected with its line "
                    + "number and reason (malformed JSON, missing field, unknown publisher key, a rule of single "
                    + "reports, a repeat of an earlier line or of a stored report). Lines are written 500 per "
                    + "transaction; a report is never stored without its assertions. The body is at most "
                    + ReportImportService.MAX_SIZE_LABEL + " (else 413, nothing stored) and in UTF-8 (else 422).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/jsonl", schema = @Schema(type = "string"))}))
    @PostMapping(path = "/api/v1/reports/import", consumes = {"application/x-ndjson", "application/jsonl"},
            produces = "application/json")
    ImportResult importLines(InputStream body,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage)
            throws IOException {
        return run(body, ApiWords.language(acceptLanguage));
    }

    @Operation(summary = "Import reports from an uploaded .jsonl file (multipart field 'file')",
            description = "The same as the JSON Lines body, for a file sent as multipart/form-data.")
    @PostMapping(path = "/api/v1/reports/import", consumes = "multipart/form-data", produces = "application/json")
    ImportResult importFile(@RequestPart("file") MultipartFile file,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return run(in, ApiWords.language(acceptLanguage));
        }
    }

    private ImportResult run(InputStream in, Locale language) throws IOException {
        byte[] bytes = in.readNBytes(ReportImportService.MAX_BYTES + 1);
        if (bytes.length > ReportImportService.MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "The import is larger than "
                    + ReportImportService.MAX_SIZE_LABEL + "; split it into several files.");
        }
        String text;
        try {
            text = ReportText.decodeStrictly(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            throw new IllegalArgumentException("The import is not valid UTF-8 text.");
        }
        return ImportResult.of(imports.importLines(new StringReader(text), progress -> { }), language);
    }
}
