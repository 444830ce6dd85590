package org.corroborate.api.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A story's figures as CSV (RFC 4180: comma, CRLF, fields quoted when they need it). Numbers are written
 * plainly (no exponent, "." as decimal point) so that any spreadsheet reads them; an open side is empty.
 */
final class FiguresCsv {

    static final List<String> COLUMNS = List.of("quote", "qualifier", "low", "best", "high", "unit", "kind",
            "status", "credibility", "origins", "approval");

    /** Excel takes a file for UTF-8 only when it starts with this mark. */
    static final String BOM = "\uFEFF";

    private FiguresCsv() {
    }

    static String write(List<CheckedFigure> figures, boolean bom) {
        StringBuilder out = new StringBuilder(bom ? BOM : "");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (CheckedFigure c : figures) {
                var f = c.figure();
                printer.printRecord(f.quote(), f.qualifier().label(), plain(f.low()), plain(BestValue.of(f)),
                        plain(f.high()), f.unit(), f.kind().label(), c.standing().status().label(),
                        c.standing().credibility(), String.join("; ", c.supportingOrigins()),
                        // Editors' approval is not stored yet; the column keeps its place for when it is.
                        "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    private static @Nullable String plain(@Nullable BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
