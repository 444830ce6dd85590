package org.corroborate.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page says about itself, in the order news sites are most reliable about it: schema.org JSON-LD
 * (NewsArticle and its kin), then OpenGraph and article meta tags, then Dublin Core and other meta names, then
 * {@code <time>} elements and the {@code lang} attribute. Plain Java.
 */
final class PageMetadata {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ARTICLE_TYPES = List.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BackgroundNewsArticle", "BlogPosting", "Report", "LiveBlogPosting",
            "WebPage", "OpinionNewsArticle", "PressRelease");
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:article:published_time",
            "datePublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
            "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published",
            "citation_publication_date", "og:published_time");

    private final Document page;
    private final List<JsonNode> articles = new ArrayList<>();

    PageMetadata(Document page) {
        this.page = page;
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()));
            } catch (JacksonException malformed) {
                // A broken block of JSON-LD is ignored, as browsers and search engines do.
            }
        }
    }

    @Nullable String title() {
        return first(jsonText("headline"), meta("og:title"), meta("twitter:title"));
    }

    @Nullable String siteName() {
        return first(meta("og:site_name"), jsonPublisher(), meta("application-name"), meta("publisher"),
                meta("dc.publisher"));
    }

    @Nullable Instant publishedAt() {
        for (String candidate : candidates()) {
            Optional<Instant> at = instant(candidate);
            if (at.isPresent()) {
                return at.get();
            }
        }
        return null;
    }

    /** The language tag the page declares ("fr-FR", "en"), or null. */
    @Nullable String language() {
        Element html = page.selectFirst("html");
        return first(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                jsonText("inLanguage"), httpEquiv("content-language"), meta("og:locale"), meta("dc.language"),
                meta("language"));
    }

    private List<String> candidates() {
        List<String> found = new ArrayList<>();
        add(found, jsonText("datePublished"));
        add(found, jsonText("dateCreated"));
        for (String name : DATE_METAS) {
            add(found, meta(name));
        }
        for (Element e : page.select("[itemprop=datePublished]")) {
            add(found, e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
        }
        for (Element time : page.select("article time[datetime], time[pubdate], time[datetime]")) {
            add(found, time.attr("datetime"));
        }
        add(found, jsonText("dateModified"));
        return found;
    }

    private void collect(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.values().forEach(this::collect);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode graph = node.get("@graph");
        if (graph != null) {
            collect(graph);
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.values().forEach(t -> types.add(t.asString("")));
        } else if (type != null) {
            types.add(type.asString(""));
        }
        if (types.stream().anyMatch(ARTICLE_TYPES::contains)) {
            // Articles before plain web pages: a NewsArticle knows its own date better than its page does.
            if (types.contains("WebPage")) {
                articles.add(node);
            } else {
                articles.addFirst(node);
            }
        }
    }

    private @Nullable String jsonText(String field) {
        for (JsonNode article : articles) {
            JsonNode value = article.get(field);
            if (value != null && value.isArray() && !value.isEmpty()) {
                value = value.get(0);
            }
            if (value != null && value.isObject()) {
                value = value.get("name") != null ? value.get("name") : value.get("@value");
            }
            if (value != null && value.isString() && !value.asString().isBlank()) {
                return value.asString().strip();
            }
        }
        return null;
    }

    private @Nullable String jsonPublisher() {
        for (JsonNode article : articles) {
            JsonNode publisher = article.get("publisher");
            if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
                publisher = publisher.get(0);
            }
            if (publisher != null && publisher.isObject() && publisher.get("name") != null
                    && publisher.get("name").isString()) {
                return publisher.get("name").asString().strip();
            }
        }
        return null;
    }

    private @Nullable String meta(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Element meta : page.select("meta[content]")) {
            String key = meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
            if (key.toLowerCase(Locale.ROOT).equals(lower) && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return null;
    }

    private @Nullable String httpEquiv(String name) {
        Element meta = page.selectFirst("meta[http-equiv~=(?i)^" + name + "$][content]");
        return meta == null ? null : meta.attr("content").strip();
    }

    /** A published time as sites write it: ISO 8601 with or without zone or time, or RFC 1123. UTC when no zone. */
    static Optional<Instant> instant(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException notOffset) {
            // next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException notRfc) {
            // next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(t.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant());
        } catch (DateTimeParseException notCompactOffset) {
            // next form
        }
        try {
            return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            // next form
        }
        try {
            return Optional.of(LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t).atStartOfDay()
                    .toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static void add(List<String> list, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }

    private static @Nullable String first(@Nullable String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
