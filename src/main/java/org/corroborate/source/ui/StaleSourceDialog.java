package org.corroborate.source.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Says that someone saved the source first, and offers to load their version. */
class StaleSourceDialog extends ConfirmDialog {

    StaleSourceDialog(Runnable reload) {
        setHeader(getTranslation("source.stale.title"));
        setText(getTranslation("source.stale.text"));
        setConfirmText(getTranslation("source.stale.reload"));
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
        addConfirmListener(e -> reload.run());
    }
}
