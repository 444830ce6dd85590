package org.corroborate.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.corroborate.review.StoryHistory;

/** A story's history, newest first: who, when, what, before → after. */
class HistoryDialog extends Dialog {

    final HistoryGrid entries;

    HistoryDialog(StoryHistory history, Names names) {
        setHeaderTitle(getTranslation("review.history.title"));
        setWidth("min(90vw, 1100px)");
        entries = new HistoryGrid(history.entries(), names, history.assertions(), history.figureQuotes());
        add(entries);
        getFooter().add(new Button(getTranslation("review.history.close"), e -> close()));
    }
}
