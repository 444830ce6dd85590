package org.corroborate.source.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.corroborate.source.SourceDetails;
import org.corroborate.source.SourceService;

/** One source of the registry. */
@Route("source")
@PermitAll
class SourceView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SourceService sources;
    private String title = "";

    SourceView(SourceService sources) {
        this.sources = sources;
        addClassName("source-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sourceId) {
        SourceDetails source = sources.details(sourceId).orElseThrow(NotFoundException::new);
        title = source.name();
        removeAll();
        Span grade = new Span(getTranslation("sources.column.reliability") + " " + source.reliability().name()
                + " · " + getTranslation("reliability." + source.reliability().name()));
        grade.getElement().getThemeList().add("badge");
        add(new H2(source.name()), new Paragraph(getTranslation("sources.column.kind") + ": " + source.kind()), grade);
        if (source.party()) {
            Span party = new Span(getTranslation("sources.party.long"));
            party.getElement().getThemeList().add("badge error");
            add(party);
        }
        if (source.reliabilityNote() != null) {
            add(new Paragraph(source.reliabilityNote()));
        }
        add(new Paragraph(getTranslation("sources.aliases") + ": " + String.join(" · ", source.aliases())));
    }

    @Override
    public String getPageTitle() {
        return title + " · Corroborate";
    }
}
