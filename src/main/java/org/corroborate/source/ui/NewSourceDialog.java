package org.corroborate.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.LongConsumer;
import org.corroborate.source.InvalidSourceException;
import org.corroborate.source.Reliability;
import org.corroborate.source.SourceDraft;
import org.corroborate.source.SourceService;

/** Registers a source: its key is made from its name. */
class NewSourceDialog extends Dialog {

    final SourceForm form;
    final Button save = new Button();
    private final SourceService sources;
    private final LongConsumer onCreated;

    NewSourceDialog(SourceService sources, LongConsumer onCreated) {
        this(sources, "", onCreated);
    }

    /** The form prefilled with a name (the words a story attributes a figure to). */
    NewSourceDialog(SourceService sources, String name, LongConsumer onCreated) {
        this.sources = sources;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("source.new.title"));
        setWidth("min(800px, 95vw)");
        form = new SourceForm(sources.kinds());
        form.show(new SourceDraft(name, null, false, Reliability.F, null, List.of()));
        save.setText(getTranslation("source.new.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        form.read().ifPresent(draft -> {
            try {
                long id = sources.create(draft).id();
                close();
                onCreated.accept(id);
            } catch (InvalidSourceException invalid) {
                form.show(invalid);
            }
        });
    }
}
