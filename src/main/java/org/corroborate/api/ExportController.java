package org.corroborate.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.corroborate.base.json.HtmlSafeEscapes;
import org.corroborate.export.Exports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/stories/{id}/figures.csv and /claimreview: a story's figures for spreadsheets and for publishing. */
@RestController
class ExportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final Exports exports;
    private final JsonMapper json;
    private final String author;
    private final String publicUrl;

    ExportController(Exports exports, JsonMapper json,
            @Value("${corroborate.claimreview.author:Corroborate}") String author,
            @Value("${corroborate.public-url:}") String publicUrl) {
        this.exports = exports;
        this.json = json;
        this.author = author;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/api/v1/stories/{id}/figures.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @RequestParam(defaultValue = "false") boolean bom,
            Locale locale) {
        String csv = exports.figuresCsv(id, bom, locale);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("story-" + id + "-figures.csv").build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Safe to embed in a page as it is: {@code <}, {@code >} and {@code &} in strings are written {@code \u003C}... */
    @GetMapping(path = "/api/v1/stories/{id}/claimreview", produces = {"application/ld+json", "application/json"})
    ResponseEntity<byte[]> claimReview(@PathVariable long id, Locale locale) {
        Map<String, Object> document = exports.claimReview(id, storyUrl(id), author, locale);
        return ResponseEntity.ok().contentType(JSON_LD)
                .body(json.writer().with(HtmlSafeEscapes.INSTANCE).writeValueAsBytes(document));
    }

    /** The story's address in the app: the configured public address, else the one this request came to. */
    private String storyUrl(long id) {
        String base = publicUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : publicUrl.replaceAll("/+$", "");
        return base + "/story/" + id;
    }
}
