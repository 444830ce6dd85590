package org.corroborate.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corroborate.figure.FigureRow;
import org.corroborate.review.FigureReview;
import org.jspecify.annotations.Nullable;

/**
 * A story's figures as CSV (RFC 4180: comma, CRLF, fields quoted when they need it). Numbers are written
 * plainly (no exponent, "." as decimal point) so that any spreadsheet reads them. {@code low} / {@code high} are the
 * interval the workbench reads the value as, qualifier included ("environ 260" → 247 .. 273), an infinite side
 * empty; {@code best} is the single number that stands for it.
 *
 * <p>It is the newsroom's working export: every figure still anchored in the text, whatever the editors
 * decided, with that decision in {@code approval} (approved, rejected, lapsed, pending) and the approved
 * wording or the reason for rejecting beside it. Only the ClaimReview export is limited to approved figures.
 *
 * <p>Story and report texts come from outside (wires, pasted articles): a cell that a spreadsheet would run as
 * a formula ("=HYPERLINK(...)", "+33...", "@SUM(...)") is written with a leading apostrophe, which
 * spreadsheets show as text (OWASP "CSV injection"). Plain numbers such as "-3.5" are left as they are.
 */
final class FiguresCsv {

    static final List<String> COLUMNS = List.of("quote", "qualifier", "low", "best", "high", "unit", "kind",
            "status", "credibility", "origins", "approval", "wording", "reason", "decided_by", "decided_at");

    /** Excel takes a file for UTF-8 only when it starts with this mark. */
    static final String BOM = "\uFEFF";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FiguresCsv() {
    }

    static String write(List<ExportedFigure> figures, boolean bom) {
        StringBuilder out = new StringBuilder(bom ? BOM : "");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ExportedFigure c : figures) {
                FigureRow f = c.figure();
                FigureReview r = c.review();
                printer.printRecord(Arrays.stream(new Object[] {f.quote(), f.qualifier().label(),
                        plain(c.interval().lower()), plain(BestValue.of(f)), plain(c.interval().upper()), f.unit(), f.kind().label(),
                        c.standing().status().label(), c.standing().credibility(),
                        String.join("; ", c.supportingOrigins()), c.approval(), r.wording(), r.reason(),
                        r.decidedBy(), r.decidedAt()}).map(FiguresCsv::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    /** The value as the cell's text, defused when a spreadsheet would take it for a formula. */
    static @Nullable String cell(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        boolean formula = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(text).matches();
        return formula ? "'" + text : text;
    }

    private static @Nullable String plain(@Nullable BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
