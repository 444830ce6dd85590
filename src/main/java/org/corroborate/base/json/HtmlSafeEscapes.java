package org.corroborate.base.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * JSON that is safe to embed in an HTML page ({@code <script type="application/ld+json">}): {@code <}, {@code >},
 * {@code &} and the JavaScript line separators U+2028/U+2029 are written as {@code \u003C}... in strings, so no
 * value can close the script element or open a comment. Use with
 * {@code mapper.writer().with(HtmlSafeEscapes.INSTANCE)}.
 */
public final class HtmlSafeEscapes extends CharacterEscapes {

    public static final HtmlSafeEscapes INSTANCE = new HtmlSafeEscapes();

    private final int[] escapes;

    private HtmlSafeEscapes() {
        escapes = CharacterEscapes.standardAsciiEscapesForJSON();
        escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
        escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
        escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
        return ch == 0x2028 || ch == 0x2029 ? new SerializedString(
                String.format("\\u%04X", ch)) : null;
    }
}
