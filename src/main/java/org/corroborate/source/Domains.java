package org.corroborate.source;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Web domains as a source's publishing address: "www.AFP.com", "https://www.afp.com/fr/..." and "afp.com" are
 * one domain, "afp.com". A host belongs to the registered domain that equals it or is its nearest parent
 * ("news.un.org" is under "un.org" unless "news.un.org" is registered itself). Plain Java.
 */
public final class Domains {

    public static final int MAX_LENGTH = 253;
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private Domains() {
    }

    /**
     * The domain someone typed, as stored: lower case, ASCII (an internationalised name in punycode), without
     * "www." and dots at the ends; an address's host if an address was given. Empty when it is no domain.
     */
    public static Optional<String> normalise(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String host = typed.strip();
        if (host.contains("://")) {
            host = hostOf(host).orElse("");
        } else {
            host = host.replaceFirst("[/?#].*$", "").replaceFirst(":\\d+$", "");
        }
        try {
            host = IDN.toASCII(host.replaceAll("^\\.+|\\.+$", ""), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAName) {
            return Optional.empty();
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        // The last label of a name has a letter: "10.0.0.1" is an address, not a domain.
        boolean named = host.substring(host.lastIndexOf('.') + 1).chars().anyMatch(Character::isLetter);
        return named && DOMAIN.matcher(host).matches() ? Optional.of(host) : Optional.empty();
    }

    /** The host of an http(s) address, normalised as a domain; empty for anything else (an IP address too). */
    public static Optional<String> ofAddress(@Nullable String url) {
        return hostOf(url).flatMap(Domains::normalise);
    }

    /** "news.un.org", then "un.org": the host and its parents, nearest first, down to two labels. */
    static java.util.List<String> withParents(String domain) {
        java.util.List<String> candidates = new java.util.ArrayList<>();
        String d = domain;
        while (d.indexOf('.') > 0) {
            candidates.add(d);
            d = d.substring(d.indexOf('.') + 1);
        }
        return candidates;
    }

    private static Optional<String> hostOf(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            return Optional.ofNullable(uri.getHost());
        } catch (URISyntaxException unparsable) {
            return Optional.empty();
        }
    }
}
