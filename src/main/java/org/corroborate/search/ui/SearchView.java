package org.corroborate.search.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.search.SearchResults;
import org.corroborate.search.SearchService;

/**
 * The results of the shell's search field ({@code search?q=...}): stories, figures and reports in groups,
 * each result linking to its page with the matched words marked.
 */
@Route("search")
@PermitAll
@StyleSheet("styles/search.css")
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PER_GROUP = 10;

    final H2 heading = new H2();
    final Paragraph message = new Paragraph();
    final List<ResultGroup> groups = new ArrayList<>();
    private final SearchService search;

    SearchView(SearchService search) {
        this.search = search;
        addClassName("search-view");
        message.addClassName("search-message");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String query = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        show(search.search(query, PER_GROUP));
    }

    private void show(SearchResults results) {
        removeAll();
        groups.clear();
        add(heading);
        if (results.query().isEmpty()) {
            heading.setText(getTranslation("search.title"));
            message.setText(getTranslation("search.blank"));
            add(message);
            return;
        }
        heading.setText(getTranslation("search.results-for", results.query()));
        if (results.isEmpty()) {
            message.setText(getTranslation("search.nothing", results.query()));
            add(message);
            return;
        }
        results.groups().stream().filter(g -> !g.hits().isEmpty() || g.partial()).forEach(page -> {
            ResultGroup group = new ResultGroup(page, (type, offset) -> search.page(type, results.query(), offset,
                    PER_GROUP));
            groups.add(group);
            add(group);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
