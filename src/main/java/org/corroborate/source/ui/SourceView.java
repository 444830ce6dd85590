package org.corroborate.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.corroborate.base.ui.Formats;
import org.corroborate.security.CurrentUser;
import org.corroborate.source.InvalidSourceException;
import org.corroborate.source.SourceDetails;
import org.corroborate.source.SourceDraft;
import org.corroborate.source.SourceService;
import org.springframework.dao.OptimisticLockingFailureException;

/** One source of the registry; editable by fact-checkers, mergeable by editors. */
@Route("source")
@PermitAll
class SourceView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SourceService sources;
    final VerticalLayout summary = new VerticalLayout();
    final Button save = new Button();
    final Button merge = new Button();
    SourceForm form;
    private SourceDetails source;

    SourceView(SourceService sources) {
        this.sources = sources;
        addClassName("source-view");
        summary.setPadding(false);
        save.setText(getTranslation("source.edit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        merge.setText(getTranslation("source.merge"));
        merge.addThemeVariants(ButtonVariant.LUMO_ERROR);
        merge.addClickListener(e -> new MergeDialog(sources, source, this::showMerged).open());
    }

    @Override
    public void setParameter(BeforeEvent event, Long sourceId) {
        source = sources.details(sourceId).orElseThrow(NotFoundException::new);
        removeAll();
        add(summary);
        showSummary();
        if (CurrentUser.canEdit()) {
            form = new SourceForm(sources.kinds());
            form.show(SourceDraft.of(source));
            merge.setVisible(CurrentUser.canDecide());
            add(new H3(getTranslation("source.edit.title")), form, new HorizontalLayout(save, merge));
        }
    }

    private void showSummary() {
        summary.removeAll();
        Span grade = new Span(getTranslation("sources.column.reliability") + " " + source.reliability().name()
                + " · " + getTranslation("reliability." + source.reliability().name()));
        grade.getElement().getThemeList().add("badge");
        summary.add(new H2(source.name()), new Paragraph(Formats.labelled(getTranslation("sources.column.kind"), SourceKinds.label(this, source.kind()), getLocale())),
                grade);
        if (source.party()) {
            Span party = new Span(getTranslation("sources.party.long"));
            party.getElement().getThemeList().add("badge error");
            summary.add(party);
        }
        if (source.reliabilityNote() != null) {
            summary.add(new Paragraph(source.reliabilityNote()));
        }
        if (!source.aliases().isEmpty()) {
            summary.add(new Paragraph(Formats.labelled(getTranslation("sources.aliases"), String.join(" · ", source.aliases()), getLocale())));
        }
        if (!source.domains().isEmpty()) {
            summary.add(new Paragraph(Formats.labelled(getTranslation("sources.domains"), String.join(" · ", source.domains()), getLocale())));
        }
    }

    void save() {
        form.read().ifPresent(draft -> {
            try {
                source = sources.edit(source.id(), source.version(), draft);
                form.show(SourceDraft.of(source));
                showSummary();
                Notification.show(getTranslation("source.edit.saved"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (OptimisticLockingFailureException stale) {
                new StaleSourceDialog(this::reload).open();
            } catch (InvalidSourceException invalid) {
                form.show(invalid);
            }
        });
    }

    private void reload() {
        sources.details(source.id()).ifPresent(fresh -> {
            source = fresh;
            form.show(SourceDraft.of(fresh));
            showSummary();
        });
    }

    private void showMerged(long survivorId) {
        getUI().ifPresent(ui -> ui.navigate(SourceView.class, survivorId));
        Notification.show(getTranslation("source.merge.done",
                sources.details(survivorId).map(SourceDetails::name).orElse("")));
    }

    @Override
    public String getPageTitle() {
        return source == null ? "Corroborate" : source.name() + " · Corroborate";
    }
}
