package org.corroborate.export.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.corroborate.base.ui.Formats;
import org.corroborate.evidence.FigurePanelData.EvidenceRow;
import org.corroborate.evidence.FigurePanelData.Standing;
import org.corroborate.export.ExportedFigure;
import org.corroborate.review.FigureReview;

/** One numbered figure of a check sheet: its value, how it stands and why, its evidence, the editors' decision. */
class FigureEntry extends Div {

    final Span status = new Span();
    final Span decision = new Span();
    final NativeTableBody evidence = new NativeTableBody();

    FigureEntry(int number, ExportedFigure checked) {
        addClassNames("sheet-entry", statusClass(checked));
        setId("sheet-figure-" + number);
        Standing standing = checked.standing();
        H4 title = new H4("[" + number + "] " + checked.figure().quote());
        status.setText(getTranslation("status." + standing.status().name()));
        status.addClassName("sheet-status");
        Span credibility = new Span(getTranslation("panel.credibility", standing.credibility(),
                getTranslation("credibility." + standing.credibility())));
        Paragraph facts = new Paragraph(new Span(checked.figure().value(getLocale())), separator(), status, separator(),
                credibility);
        if (standing.partyClaim()) {
            facts.add(separator(), new Span(getTranslation("sheet.party-claim")));
        }
        add(title, facts, new Paragraph(getTranslation("sheet.sentence", checked.sentence())));
        add(list("sheet-explanation", standing.explanation()));
        if (!standing.warnings().isEmpty()) {
            add(list("sheet-warnings", standing.warnings()));
        }
        add(evidenceTable(checked), approval(checked.review()));
    }

    static String statusClass(ExportedFigure checked) {
        return "status-" + checked.standing().status().label().replace(' ', '-');
    }

    private Div evidenceTable(ExportedFigure checked) {
        Div section = new Div();
        section.addClassName("sheet-evidence");
        if (checked.evidence().isEmpty()) {
            section.add(new Paragraph(getTranslation("sheet.evidence.none")));
            return section;
        }
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow columns = new NativeTableRow();
        for (String key : new String[] {"report", "source", "published", "value", "relation"}) {
            columns.add(new NativeTableHeaderCell(getTranslation("sheet.evidence." + key)));
        }
        head.add(columns);
        for (EvidenceRow e : checked.evidence()) {
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(e.reportTitle()), new NativeTableCell(e.whoSays()),
                    new NativeTableCell(Formats.dateTime(e.published(), getLocale())),
                    new NativeTableCell(e.value() + " — " + Formats.quoted(e.quote(), getLocale())),
                    new NativeTableCell(getTranslation("relation." + e.relation().name())));
            evidence.add(row);
        }
        section.add(new NativeTable(head, evidence));
        return section;
    }

    private Paragraph approval(FigureReview review) {
        String key = review.decision() == null ? "PENDING" : review.decision().name();
        decision.setText(getTranslation("sheet.approval." + key));
        decision.addClassName("sheet-decision");
        decision.getElement().setAttribute("data-decision", key.toLowerCase(Locale.ROOT));
        Paragraph approval = new Paragraph(new Span(getTranslation("sheet.approval")), decision);
        if (review.decision() == null) {
            return approval;
        }
        String words = review.reason() != null ? getTranslation("sheet.approval.reason", review.reason())
                : review.wording() == null ? null : getTranslation("sheet.approval.wording", review.wording());
        if (words != null) {
            approval.add(separator(), new Span(words));
        }
        approval.add(separator(), new Span(getTranslation("sheet.approval.by", review.decidedBy(),
                Formats.dateTime(review.decidedAt(), getLocale()))));
        if (review.lapsedBy() != null) {
            approval.add(separator(), new Span(getTranslation("sheet.approval.lapsed-by", review.lapsedBy())));
        }
        return approval;
    }

    private static UnorderedList list(String className, java.util.List<String> lines) {
        UnorderedList list = new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.addClassName(className);
        return list;
    }

    private static Span separator() {
        Span dot = new Span(" · ");
        dot.addClassName("separator");
        return dot;
    }
}
