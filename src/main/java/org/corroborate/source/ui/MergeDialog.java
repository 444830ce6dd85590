package org.corroborate.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.LongConsumer;
import org.corroborate.source.SourceDetails;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.corroborate.source.SourceUsage;

/** Merges the source on screen into another one, after saying what moves. */
class MergeDialog extends Dialog {

    final ComboBox<SourceRef> survivor = new ComboBox<>();
    final Paragraph consequences = new Paragraph();
    final Button merge = new Button();
    private final SourceService sources;
    private final SourceDetails merged;
    private final SourceUsage usage;
    private final LongConsumer onMerged;

    MergeDialog(SourceService sources, SourceDetails merged, LongConsumer onMerged) {
        this.sources = sources;
        this.merged = merged;
        this.usage = sources.usage(merged.id());
        this.onMerged = onMerged;
        setHeaderTitle(getTranslation("source.merge.title", merged.name()));
        setWidth("min(640px, 95vw)");
        survivor.setLabel(getTranslation("source.merge.target"));
        survivor.setItems(SourceRef::matches, sources.choices().stream().filter(s -> s.id() != merged.id()).toList());
        survivor.setItemLabelGenerator(SourceRef::name);
        survivor.setWidthFull();
        survivor.addValueChangeListener(e -> explain());
        merge.setText(getTranslation("source.merge.confirm"));
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        merge.addClickListener(e -> merge());
        explain();
        add(survivor, consequences);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), merge);
    }

    private void explain() {
        SourceRef target = survivor.getValue();
        merge.setEnabled(target != null);
        consequences.setText(target == null ? getTranslation("source.merge.pick", merged.name())
                : getTranslation("source.merge.summary", merged.name(), merged.aliases().size(), target.name(),
                        usage.reports(), usage.assertions(), usage.relays(), usage.figures()));
    }

    void merge() {
        SourceRef target = survivor.getValue();
        if (target == null) {
            return;
        }
        sources.merge(target.id(), merged.id());
        close();
        onMerged.accept(target.id());
    }
}
