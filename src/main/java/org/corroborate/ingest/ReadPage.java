package org.corroborate.ingest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A page as read: its title, its main text (navigation, comments and ads left out), and what its metadata says
 * of who published it ({@code siteName}), when and in what language ({@code language}: "fr", "en", else the
 * language the page declares; null if none). {@code languageDeclared} tells whether the page said so itself.
 */
public record ReadPage(String title, String text, @Nullable String siteName, @Nullable Instant publishedAt,
        @Nullable String language, boolean languageDeclared) {
}
