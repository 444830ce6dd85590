package org.corroborate.ingest;

import java.net.URI;
import java.util.List;
import org.corroborate.archive.HttpExchange;
import org.jspecify.annotations.Nullable;

/** A fetch that brought back a page: every exchange (redirects first), the last one being the page. */
public record Fetched(List<HttpExchange> exchanges) {

    public Fetched {
        exchanges = List.copyOf(exchanges);
    }

    public HttpExchange page() {
        return exchanges.getLast();
    }

    public URI finalUrl() {
        return page().target();
    }

    public byte[] body() {
        return page().body();
    }

    /** The media type the server declared, lower case without parameters ("text/html"), or null. */
    public @Nullable String mediaType() {
        String declared = page().responseHeader("Content-Type");
        if (declared == null || declared.isBlank()) {
            return null;
        }
        int semicolon = declared.indexOf(';');
        return (semicolon < 0 ? declared : declared.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The charset the server declared ("utf-8"), or null. */
    public @Nullable String charset() {
        return charsetOf(page().responseHeader("Content-Type"));
    }

    /** The charset a Content-Type names ("text/html; charset=utf-8" names "utf-8"), or null. */
    static @Nullable String charsetOf(@Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        java.util.regex.Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static final java.util.regex.Pattern CHARSET = java.util.regex.Pattern.compile(
            "(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");
}
