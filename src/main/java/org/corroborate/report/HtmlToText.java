package org.corroborate.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A web page reduced to the text a reader sees: scripts and styles dropped, entities decoded, each block
 * (paragraph, heading, list item...) a paragraph of its own, separated by a blank line. Plain Java.
 */
public final class HtmlToText {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "head");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "figure", "figcaption", "table", "tr", "caption", "address", "hr", "form", "fieldset", "body");
    private static final Pattern HTML_SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlToText() {
    }

    /** The page's title ({@code <title>}, else its first heading; empty if neither) and its text. */
    public static ReportFile convert(String html) {
        Document page = Jsoup.parse(html);
        String title = page.title().strip();
        if (title.isEmpty()) {
            Element heading = page.selectFirst("h1, h2, h3");
            title = heading == null ? "" : heading.text().strip();
        }
        page.select(String.join(", ", DROPPED)).remove();
        Paragraphs text = new Paragraphs();
        NodeTraversor.traverse(text, page.body());
        return new ReportFile(title, text.toString());
    }

    /** The charset a page declares in a {@code <meta>} near its start, if any ("utf-8", "windows-1252"). */
    public static Optional<String> declaredCharset(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_CHARSET.matcher(start);
        return declared.find() ? Optional.of(declared.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Collects text with whitespace collapsed as a browser would, breaking paragraphs at blocks. */
    private static final class Paragraphs implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private int preformatted;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                // Collapsing by hand: jsoup's text() also turns no-break spaces ("370&nbsp;000") into plain ones.
                append(preformatted > 0 ? text.getWholeText()
                        : HTML_SPACES.matcher(text.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element element) {
                if (element.normalName().equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(element.normalName())) {
                    breakParagraph();
                }
                if (element.normalName().equals("pre")) {
                    preformatted++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.normalName().equals("pre")) {
                    preformatted--;
                }
                if (BLOCKS.contains(element.normalName())) {
                    breakParagraph();
                } else if (element.normalName().equals("td") || element.normalName().equals("th")) {
                    out.append(' ');
                }
            }
        }

        private void append(String text) {
            if (text.isBlank() && preformatted == 0) {
                if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
                return;
            }
            out.append(text);
        }

        private void breakParagraph() {
            out.append("\n\n");
        }

        @Override
        public String toString() {
            return ReportText.tidy(out.toString());
        }
    }
}
