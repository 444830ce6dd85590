package org.corroborate.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.corroborate.Unique;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.Reliability;
import org.corroborate.source.SourceDetails;
import org.corroborate.source.SourceDraft;
import org.corroborate.source.SourceService;

/** What the link tests share: a source per test with a web domain of its own, loopback allowed, saved pages. */
public final class LinkFixtures {

    private final SystemAuthentication system;
    private final FetchSettings settings;
    private final SourceService sources;

    public LinkFixtures(SystemAuthentication system, FetchSettings settings, SourceService sources) {
        this.system = system;
        this.settings = settings;
        this.sources = sources;
    }

    /** Lets the server fetch from this machine, as an admin of an intranet would allow its network. */
    public void allowLoopback() {
        allow(List.of("127.0.0.0/8"));
    }

    /** Back to the default: public addresses only. */
    public void publicOnly() {
        allow(List.of());
    }

    private void allow(List<String> networks) {
        system.run(() -> settings.allow(networks, settings.allowed().version()));
    }

    /** A new source publishing under a domain of its own ("qxbrmtwa.test"), which resolves to this machine. */
    public SourceDetails sourceWithDomain(String name) {
        String domain = Unique.letters(8) + ".test";
        return system.call(() -> sources.create(new SourceDraft(name + " " + domain, "media", false, Reliability.B,
                null, List.of(), List.of(domain))));
    }

    /** A saved page of the extraction test set (src/test/resources/ingest/pages). */
    public static String savedPage(String name) {
        try {
            return Files.readString(Path.of(LinkFixtures.class.getResource("/ingest/pages/" + name + ".html").toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A saved page whose first paragraph ends with {@code marker}: its text is its own, so that no report stored
     * by another test has the same fingerprint.
     */
    public static String savedPage(String name, String marker) {
        String first = reference(name).split("\n\n")[0].strip();
        // The pages were written with Python's html.escape.
        String escaped = first.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#x27;");
        String page = savedPage(name);
        if (!page.contains(escaped)) {
            throw new IllegalStateException("The first paragraph of " + name + " is not in the page");
        }
        return page.replace(escaped, escaped + " (" + marker + ")");
    }

    /** The reference text of a saved page: its article's paragraphs. */
    public static String reference(String name) {
        try {
            return Files.readString(Path.of(LinkFixtures.class.getResource("/ingest/pages/" + name + ".txt").toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Letters only, so that the extraction engine finds no number in it. */
    public static String marker() {
        return "ref " + Unique.letters();
    }

    /** A one-page PDF with a title in its document properties and a line of text per paragraph. */
    public static byte[] pdf(String title, List<String> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(title);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(16);
                content.newLineAtOffset(50, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
