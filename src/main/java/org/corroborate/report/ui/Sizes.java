package org.corroborate.report.ui;

import java.util.Locale;
import org.corroborate.base.ui.Formats;
import org.corroborate.report.ReportImportService;
import org.corroborate.report.ReportText;

/** The size limits said in the user's units ("5 Mo", "25 MB") where messages carry them in the API's English. */
final class Sizes {

    private Sizes() {
    }

    static String report(Locale locale) {
        return Formats.size(ReportText.MAX_BYTES, locale);
    }

    static String importFile(Locale locale) {
        return Formats.size(ReportImportService.MAX_BYTES, locale);
    }

    /** The arguments of a message, an English size limit among them replaced by the same size in the user's units. */
    static Object[] localized(Object[] arguments, Locale locale) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (ReportText.MAX_SIZE_LABEL.equals(out[i])) {
                out[i] = report(locale);
            } else if (ReportImportService.MAX_SIZE_LABEL.equals(out[i])) {
                out[i] = importFile(locale);
            }
        }
        return out;
    }
}
