package org.corroborate.search.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableBiFunction;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.base.ui.Formats;
import org.corroborate.search.Highlighted;
import org.corroborate.search.SearchHit;
import org.corroborate.search.SearchPage;
import org.corroborate.search.SearchService;
import org.corroborate.search.SearchType;

/** One type's results: a heading with the count, the results, and a button for the next ones. */
class ResultGroup extends Div {

    final SearchType type;
    final H3 heading = new H3();
    final Div list = new Div();
    final Button more = new Button();
    final Span order = new Span();
    final Span partial = new Span();
    final List<Anchor> links = new ArrayList<>();
    private final SerializableBiFunction<SearchType, Integer, SearchPage> nextPage;
    private int shown;

    ResultGroup(SearchPage first, SerializableBiFunction<SearchType, Integer, SearchPage> nextPage) {
        this.type = first.type();
        this.nextPage = nextPage;
        addClassName("search-group");
        getElement().setAttribute("data-type", type.name().toLowerCase());
        list.addClassName("search-results");
        more.setText(getTranslation("search.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> append(nextPage.apply(type, shown)));
        order.addClassName("meta");
        partial.addClassName("meta");
        add(heading, order, partial, list, more);
        append(first);
    }

    private void append(SearchPage page) {
        page.hits().forEach(hit -> list.add(item(hit)));
        shown = page.offset() + page.hits().size();
        String count = page.totalCapped() ? SearchService.RANK_CAP + "+"
                : page.total() + (page.partial() ? "+" : "");
        heading.setText(getTranslation("search.group." + type.name(), count));
        more.setVisible(page.hasMore());
        order.setText(getTranslation("search.newest-first"));
        order.setVisible(!page.byRelevance());
        partial.setText(getTranslation("search.partial", SearchService.PHRASE_WINDOW));
        partial.setVisible(page.partial());
    }

    private Div item(SearchHit hit) {
        Anchor link = new Anchor(hit.location(), "");
        link.getElement().setAttribute("router-link", true);
        link.addClassName("search-title");
        marked(link, hit.title());
        links.add(link);
        Div item = new Div(link);
        item.addClassName("search-result");
        if (!hit.text().parts().isEmpty()) {
            Div text = new Div();
            text.addClassName("search-snippet");
            marked(text, hit.text());
            item.add(text);
        }
        List<String> meta = new ArrayList<>();
        if (hit.context() != null && !hit.context().isBlank()) {
            meta.add(hit.context());
        }
        if (hit.at() != null) {
            meta.add(Formats.dateTime(hit.at(), getLocale()));
        }
        if (!meta.isEmpty()) {
            Span context = new Span(String.join(" · ", meta));
            context.addClassName("meta");
            item.add(context);
        }
        return item;
    }

    /** Adds the runs of a marked text as text nodes, matched ones in a span: nothing is read as HTML. */
    static void marked(com.vaadin.flow.component.HasComponents target, Highlighted text) {
        for (Highlighted.Part part : text.parts()) {
            if (part.match()) {
                Span match = new Span(part.text());
                match.addClassName("search-match");
                target.add(match);
            } else {
                target.add(new Text(part.text()));
            }
        }
    }
}
