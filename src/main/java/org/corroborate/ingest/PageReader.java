package org.corroborate.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.corroborate.extraction.FigureExtractor;
import org.corroborate.ingest.FetchFailedException.Reason;
import org.corroborate.report.HtmlToText;
import org.corroborate.report.ReportText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Reads a fetched page into a report's title, main text and metadata. HTML goes through Readability (the
 * algorithm of Firefox's reader view) to keep the article and drop menus, comments, ads and "read more" lists;
 * the metadata comes from the whole page ({@link PageMetadata}). PDF is read with Apache Tika (PDFBox), plain
 * text as it is. Nothing runs the page's scripts: jsoup only parses. Plain Java.
 */
public final class PageReader {

    /** Below this, Readability kept too little of the page (a teaser, a caption): the page's whole text is used. */
    private static final int SHORTEST_ARTICLE = 140;
    private static final FigureExtractor LANGUAGE = new FigureExtractor();

    /** The page as a report: what {@code fetched}'s last response holds. */
    public ReadPage read(Fetched fetched) {
        String type = fetched.mediaType() == null ? "" : fetched.mediaType();
        String url = fetched.finalUrl().toString();
        return switch (type) {
            case "application/pdf" -> pdf(fetched.body());
            case "text/plain" -> text(decode(fetched.body(), fetched.charset()));
            default -> html(fetched.body(), fetched.charset(), url);
        };
    }

    /** An HTML page (bytes as received; {@code charset} as the server declared it, else found in the page). */
    public ReadPage html(byte[] body, @Nullable String charset, String url) {
        Document page = parse(body, charset, url);
        PageMetadata meta = new PageMetadata(page);
        Element headline = page.selectFirst("h1");
        String title = meta.title();
        if (title == null || title.isBlank()) {
            title = headline != null && !headline.text().isBlank() ? headline.text().strip() : page.title().strip();
        }
        String text = mainText(page.clone(), url, headline == null ? title : headline.text());
        if (title.isBlank()) {
            title = firstLine(text);
        }
        return withLanguage(title, text, meta.siteName(), meta.publishedAt(), meta.language());
    }

    /** A PDF: its text paragraph by paragraph, and its title, date and language from its document properties. */
    public ReadPage pdf(byte[] body) {
        Metadata meta = new Metadata();
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        try {
            new PDFParser().parse(new ByteArrayInputStream(body), xhtml, meta, new ParseContext());
        } catch (IOException | SAXException | TikaException unreadable) {
            throw new FetchFailedException(Reason.UNREADABLE, "The PDF cannot be read: " + unreadable.getMessage(),
                    "PDF");
        }
        String text = HtmlToText.convert(xhtml.toString()).text();
        String title = meta.get(TikaCoreProperties.TITLE);
        Instant created = meta.getDate(TikaCoreProperties.CREATED) == null ? null
                : meta.getDate(TikaCoreProperties.CREATED).toInstant();
        return withLanguage(title == null || title.isBlank() ? firstLine(text) : title.strip(), text, null, created,
                meta.get(TikaCoreProperties.LANGUAGE));
    }

    /** A plain text: its first line is its title. */
    public ReadPage text(String text) {
        String cleaned = ReportText.clean(text);
        return withLanguage(firstLine(cleaned), cleaned, null, null, null);
    }

    /**
     * The whole of an archived response as text, for reading it again: every block of an HTML page (menus and
     * comments included: it is what the page said), a PDF's text, a text as it is. Never runs a script.
     */
    public String wholeText(byte[] body, @Nullable String contentType, String url) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/pdf")) {
            return pdf(body).text();
        }
        String charset = Fetched.charsetOf(contentType);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            return HtmlToText.convert(parse(body, charset, url).outerHtml()).text();
        }
        return ReportText.clean(decode(body, charset));
    }

    private static String mainText(Document page, String url, String title) {
        Boilerplate.strip(page);
        String whole = HtmlToText.convert(page.outerHtml()).text();
        String text;
        try {
            Article article = new Readability4JExtended(url, page).parse();
            String content = article.getContent();
            text = content == null ? "" : HtmlToText.convert(content).text();
        } catch (RuntimeException readabilityFailed) {
            text = "";
        }
        return withoutHeadline(text.length() >= SHORTEST_ARTICLE || text.length() * 2 >= whole.length() ? text : whole,
                title);
    }

    /** The report has its title apart: a first paragraph that only repeats it goes. */
    private static String withoutHeadline(String text, String title) {
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        return end > 0 && !title.isBlank() && ReportText.normalise(first).equalsIgnoreCase(ReportText.normalise(title))
                ? text.substring(end + 2) : text;
    }

    private static Document parse(byte[] body, @Nullable String charset, String url) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), supported(charset), url);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** French or English as the page declares it; otherwise guessed from the text by the extraction engine. */
    private static ReadPage withLanguage(String title, String text, @Nullable String siteName,
            @Nullable Instant publishedAt, @Nullable String declared) {
        String primary = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        boolean known = primary.equals("fr") || primary.equals("en");
        String language = known ? primary
                : text.isBlank() ? null : LANGUAGE.extract(text.length() > 20_000 ? text.substring(0, 20_000) : text)
                        .language().getLanguage();
        return new ReadPage(title == null ? "" : title, text, siteName, publishedAt, language, known);
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return line.length() <= 200 ? line : line.substring(0, 200).strip() + "…";
    }

    private static String decode(byte[] body, @Nullable String charset) {
        Charset declared = charset == null ? null : charsetOrNull(charset);
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        if (declared != null) {
            return new String(body, declared);
        }
        try {
            return ReportText.decodeStrictly(body, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return new String(body, Charset.forName("windows-1252"));
        }
    }

    private static @Nullable String supported(@Nullable String charset) {
        return charset != null && charsetOrNull(charset) != null ? charset : null;
    }

    private static @Nullable Charset charsetOrNull(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

}
