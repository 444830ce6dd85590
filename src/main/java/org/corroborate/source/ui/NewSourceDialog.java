package org.corroborate.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.LongConsumer;
import org.corroborate.source.InvalidSourceException;
import org.corroborate.source.Reliability;
import org.corroborate.source.SourceDetails;
import org.corroborate.source.SourceDraft;
import org.corroborate.source.SourceService;

/**
 * Registers a source. Its key (what the report import's {@code publisherKey} names) may be given, short ("ingd");
 * left empty, it is made from the name; either way the notification says which key the source got.
 */
class NewSourceDialog extends Dialog {

    final SourceForm form;
    final Button save = new Button();
    final TextField key = new TextField();
    private final SourceService sources;
    private final LongConsumer onCreated;

    NewSourceDialog(SourceService sources, LongConsumer onCreated) {
        this(sources, "", onCreated);
    }

    /**
     * The form prefilled with the words a story attributes a figure to, as the name and as an alias: a proper name
     * may replace them, and the story's words still name the source.
     */
    NewSourceDialog(SourceService sources, String name, LongConsumer onCreated) {
        this.sources = sources;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("source.new.title"));
        setWidth("min(800px, 95vw)");
        form = new SourceForm(sources.kinds());
        form.show(new SourceDraft(name, null, false, Reliability.F, null, name.isBlank() ? List.of() : List.of(name)));
        save.setText(getTranslation("source.new.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        key.setLabel(getTranslation("source.new.key"));
        key.setHelperText(getTranslation("source.new.key.helper"));
        key.setWidthFull();
        add(form, key);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        form.read().ifPresent(draft -> {
            try {
                SourceDetails created = sources.create(key.getValue(), draft);
                close();
                Notification.show(getTranslation("source.new.created", created.name(), created.key()), 6000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onCreated.accept(created.id());
            } catch (InvalidSourceException invalid) {
                key.setInvalid(false);
                invalid.problems().stream().filter(p -> p.field() == InvalidSourceException.Field.KEY).findFirst()
                        .ifPresent(p -> {
                            key.setErrorMessage(getTranslation(p.messageKey(), p.arguments().toArray()));
                            key.setInvalid(true);
                        });
                form.show(new InvalidSourceException(invalid.problems().stream()
                        .filter(p -> p.field() != InvalidSourceException.Field.KEY).toList()));
            }
        });
    }
}
