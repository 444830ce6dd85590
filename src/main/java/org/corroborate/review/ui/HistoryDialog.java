package org.corroborate.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import org.corroborate.history.HistoryEntry;

/** A story's history, newest first: who, when, what, before → after. */
class HistoryDialog extends Dialog {

    final HistoryGrid entries;

    HistoryDialog(List<HistoryEntry> history, Names names) {
        setHeaderTitle(getTranslation("review.history.title"));
        setWidth("min(90vw, 1100px)");
        entries = new HistoryGrid(history, names);
        add(entries);
        getFooter().add(new Button(getTranslation("review.history.close"), e -> close()));
    }
}
