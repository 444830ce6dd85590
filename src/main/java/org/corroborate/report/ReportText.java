package org.corroborate.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.corroborate.report.UnreadableFileException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * A report's text on its way in: files read strictly (nothing is guessed from bytes that do not decode), and
 * the fingerprints that tell a duplicate (the address and the text, each normalised). Plain Java.
 */
public final class ReportText {

    /** Reports are text: a wire dispatch is a few kilobytes, a long UN situation report well under a megabyte. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String MAX_SIZE_LABEL = "5 MB";

    private static final Pattern SPACES = Pattern.compile("[\\p{javaWhitespace}\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern INLINE_SPACES = Pattern.compile("[ \\t\\x0B\\f]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile("[ \\t]*\\n[ \\t]*");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private ReportText() {
    }

    /**
     * Reads an uploaded .txt, .md or .html file. Throws {@link UnreadableFileException} when it is empty, too
     * large, binary, not valid in its charset (UTF-8 unless a page declares another) or of another type.
     */
    public static ReportFile read(String fileName, byte[] bytes) {
        return read(fileName, bytes, null);
    }

    /**
     * As {@link #read(String, byte[])}; a saved web page is read by {@code pages} when given (its main text, title,
     * date and language, as a fetched page), else as plain HTML.
     */
    public static ReportFile read(String fileName, byte[] bytes, @Nullable SavedPageReader pages) {
        String name = fileName == null ? "" : fileName.strip();
        String extension = extension(name);
        if (!extension.matches("txt|text|md|markdown|html|htm")) {
            throw new UnreadableFileException(Reason.UNSUPPORTED_TYPE, "Only .txt, .md and .html files can be read",
                    name);
        }
        if (bytes.length == 0) {
            throw new UnreadableFileException(Reason.EMPTY, "The file " + name + " is empty", name);
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableFileException(Reason.TOO_LARGE, "The file is larger than " + MAX_SIZE_LABEL, name,
                    MAX_SIZE_LABEL);
        }
        boolean html = extension.startsWith("htm");
        String decoded = decode(name, bytes, html);
        ReportFile read = switch (extension) {
            case "md", "markdown" -> MarkdownToText.convert(decoded);
            case "html", "htm" -> pages == null ? HtmlToText.convert(decoded) : pages.read(name, bytes);
            default -> new ReportFile("", clean(decoded));
        };
        if (read.text().isBlank()) {
            throw new UnreadableFileException(Reason.EMPTY, "The file " + name + " has no text", name);
        }
        return new ReportFile(read.title().isBlank() ? titleFromFileName(name) : read.title(), read.text(),
                read.publishedAt(), read.language());
    }

    /** Decodes every byte or none: a byte sequence invalid in the charset throws instead of becoming '\uFFFD'. */
    public static String decodeStrictly(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Text files have no NUL bytes; images, PDFs, archives and word-processor files nearly always do. */
    public static boolean looksBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** The text as stored: line ends unified, no surrounding blank space. Offsets of assertions refer to this. */
    public static String clean(@Nullable String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** Paragraphs separated by exactly one blank line, runs of spaces collapsed, lines trimmed. */
    static String tidy(String text) {
        String tidied = INLINE_SPACES.matcher(clean(text)).replaceAll(" ");
        tidied = SPACE_AROUND_NEWLINE.matcher(tidied).replaceAll("\n");
        return BLANK_LINES.matcher(tidied).replaceAll("\n\n").strip();
    }

    /** What two copies of one text share however they were pasted: composed accents, one space for any run. */
    public static String normalise(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(composed).replaceAll(" ").strip();
    }

    /** SHA-256 (hex) of the normalised text. */
    public static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalise(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The address two links to one page share: scheme and host in lower case, default port, fragment and
     * trailing slash dropped; path and query as written. Null for a blank URL.
     */
    public static @Nullable String urlKey(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String stripped = url.strip();
        try {
            URI uri = new URI(stripped);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return withoutTrailingSlash(withoutFragment(stripped));
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
            String path = uri.getRawPath() == null ? "" : withoutTrailingSlash(uri.getRawPath());
            return scheme + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                    + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException unparsable) {
            return withoutTrailingSlash(withoutFragment(stripped));
        }
    }

    /** An absolute http(s) address with a host. */
    public static boolean isWebAddress(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).matches("https?")
                    && uri.getHost() != null;
        } catch (URISyntaxException unparsable) {
            return false;
        }
    }

    /** "idleb-bilan_20-dec.html" reads "idleb bilan 20 dec". */
    public static String titleFromFileName(String fileName) {
        String base = fileName.replaceAll("^.*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base).replaceAll("[-_]+", " ").strip();
    }

    private static String decode(String name, byte[] bytes, boolean html) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16;
        } else if (looksBinary(bytes)) {
            throw new UnreadableFileException(Reason.BINARY, "The file " + name + " is not text", name);
        } else if (html) {
            String declared = HtmlToText.declaredCharset(bytes).orElse("utf-8");
            try {
                charset = Charset.forName(declared);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                throw new UnreadableFileException(Reason.UNKNOWN_CHARSET,
                        "The page declares an unknown charset " + declared, name, declared);
            }
        }
        try {
            byte[] content = skip == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, skip, bytes.length);
            return decodeStrictly(content, charset);
        } catch (CharacterCodingException invalid) {
            throw new UnreadableFileException(Reason.NOT_DECODABLE,
                    "The file " + name + " is not valid " + charset.name(), name, charset.name());
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static String withoutTrailingSlash(String path) {
        String result = path;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
