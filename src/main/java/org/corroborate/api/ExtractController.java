package org.corroborate.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.corroborate.extraction.ExtractedFigure;
import org.corroborate.extraction.Extraction;
import org.corroborate.extraction.FigureExtractor;
import org.corroborate.story.StoryRules;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** POST /api/v1/extract (and its first name, /api/extract): the figures of a text, as JSON. */
@RestController
class ExtractController {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    record ExtractRequest(@Nullable String text, @Nullable String language) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ExtractResponse(String language, List<FigureJson> figures) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FigureJson(int start, int end, String quote, String qualifier, @Nullable BigDecimal low,
            @Nullable BigDecimal high, @Nullable BigDecimal point, @Nullable String unit, String kind,
            @Nullable String subject, @Nullable SpanJson period, @Nullable AttributionJson attribution,
            @Nullable Boolean ambiguousNumber, @Nullable Boolean whole, @Nullable String holder) {
    }

    record SpanJson(int start, int end, String text) {
    }

    record AttributionJson(String mention, int start, int end, String cue) {
    }

    @PostMapping(path = {"/api/v1/extract", "/api/extract"}, consumes = "application/json",
            produces = "application/json")
    ExtractResponse extract(@RequestBody ExtractRequest request) {
        if (request.text() == null) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, "The field 'text' is required.");
        }
        if (StoryRules.utf8Length(request.text()) > StoryRules.MAX_TEXT_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "The text is larger than 1 MB; send it in parts.");
        }
        Locale language = language(request.language());
        Extraction extraction = EXTRACTOR.extract(request.text(), language);
        return new ExtractResponse(extraction.language().getLanguage(),
                extraction.figures().stream().map(ExtractController::json).toList());
    }

    private static Locale language(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                    "The field 'language' must be 'fr', 'en' or absent.");
        };
    }

    private static FigureJson json(ExtractedFigure f) {
        return new FigureJson(f.start(), f.end(), f.quote(), f.qualifier().label(), f.low(), f.high(), f.point(),
                f.unit(), f.kind().label(), f.subject(),
                f.period() == null ? null : new SpanJson(f.period().start(), f.period().end(), f.period().text()),
                f.attribution() == null ? null : new AttributionJson(f.attribution().mention(),
                        f.attribution().start(), f.attribution().end(), f.attribution().cue()),
                f.ambiguousNumber() ? Boolean.TRUE : null, f.whole() ? Boolean.TRUE : null, f.holder());
    }
}
