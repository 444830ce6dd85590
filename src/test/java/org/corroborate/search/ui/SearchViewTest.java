package org.corroborate.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.corroborate.search.SearchFixtures;
import org.corroborate.search.SearchService;
import org.corroborate.search.SearchType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The search results view in a browserless UI, on the real database. */
@SpringBootTest
@WithUserDetails("viewer")
class SearchViewTest extends SpringBrowserlessTest {

    SearchFixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    void fixtures(JdbcTemplate jdbc) {
        data = new SearchFixtures(jdbc);
    }

    @Test
    void aBlankQuerySaysWhatToType() {
        SearchView view = search("  ");

        assertThat(view.message.getText()).isEqualTo(view.getTranslation("search.blank"));
        assertThat(view.groups).isEmpty();
    }

    @Test
    void aQueryThatMatchesNothingSaysSo() {
        SearchView view = search(data.word);

        assertThat(view.message.getText()).isEqualTo(view.getTranslation("search.nothing", data.word));
        assertThat(view.groups).isEmpty();
    }

    @Test
    void resultsComeInGroupsLinkingToTheirPagesWithTheMatchedWordsMarked() {
        long story = data.story("Exode " + data.word, "fr", "Des milliers de déplacés vers le nord.");
        long figure = data.figure(story, "235 000 déplacés", "civils " + data.word, "Idleb");
        long report = data.report("OCHA " + data.word, "fr", "Selon l'OCHA, 235 000 déplacés en deux semaines.");

        SearchView view = search(data.word + " deplaces");

        assertThat(view.groups).extracting(g -> g.type)
                .containsExactly(SearchType.STORY, SearchType.FIGURE, SearchType.REPORT);
        assertThat(view.groups).extracting(g -> g.heading.getText())
                .containsExactly("Stories (1)", "Figures (1)", "Reports (1)");
        assertThat(view.groups).flatExtracting(g -> g.links).extracting(a -> a.getHref())
                .containsExactly("story/" + story, "story/" + story + "?figure=" + figure, "report/" + report);
        assertThat(matches(view.groups.get(2))).contains(data.word, "déplacés");
        assertThat(matches(view.groups.get(1))).contains("déplacés");
    }

    @Test
    void commentsHaveAGroupAndAPhraseCheckedOnlyInTheLastRowsAddedSaysSo() {
        long story = data.story("Exode " + data.word, "fr", "Texte.");
        data.comment(story, null, "editor", "Les écoles ferment ; des familles dorment dehors " + data.word);
        jdbc.update("""
                insert into report (publisher_id, published_at, language, title, body)
                select (select id from source where key = 'afp'), now(), 'fr', 'Bilan ' || n || ' ' || ?,
                       'Les écoles ferment ; les familles dorment dehors.'
                from generate_series(1, ?) n""", data.word, SearchService.PHRASE_WINDOW);

        SearchView words = search(data.word + " dehors");

        assertThat(words.groups).extracting(g -> g.heading.getText())
                .containsExactly("Reports (300+)", "Comments (1)");
        assertThat(words.groups).extracting(g -> g.partial.isVisible()).containsExactly(false, false);

        SearchView phrase = search(data.word + " \"dorment dans des ecoles\"");

        assertThat(phrase.message.getText()).isEmpty();
        assertThat(phrase.groups).extracting(g -> g.heading.getText()).containsExactly("Reports (0+)");
        assertThat(phrase.groups.getFirst().partial.isVisible()).isTrue();
        assertThat(phrase.groups.getFirst().partial.getText())
                .isEqualTo(phrase.getTranslation("search.partial", SearchService.PHRASE_WINDOW));
    }

    @Test
    void markupInAStoredTextIsShownAsTextNeverAsHtml() {
        data.report("<img src=x onerror=alert(1)> " + data.word, "fr", "<script>alert(1)</script> texte.");

        SearchView view = search(data.word);

        Anchor link = view.groups.getFirst().links.getFirst();
        assertThat(descendants(link.getElement())).allSatisfy(e -> assertThat(e.isTextNode()
                || e.getTag().equals("span") && e.getClassList().contains("search-match")).isTrue());
        assertThat(link.getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    void moreResultsOfAGroupAreShownOnRequest() {
        for (int i = 0; i < 12; i++) {
            data.report("Bilan " + i + " " + data.word, "fr", "Texte.");
        }

        SearchView view = search(data.word);
        ResultGroup reports = view.groups.getFirst();

        assertThat(reports.heading.getText()).isEqualTo("Reports (12)");
        assertThat(reports.links).hasSize(SearchView.PER_GROUP);
        test(reports.more).click();
        assertThat(reports.links).hasSize(12);
        assertThat(reports.more.isVisible()).isFalse();
    }

    @Test
    void theShellSearchFieldOpensTheResultsOnEnter() {
        long report = data.report("Bilan " + data.word, "fr", "Texte.");
        navigate("stories", com.vaadin.flow.component.Component.class);

        TextField field = $(TextField.class).id("shell-search");
        test(field).setValue(data.word);
        ComponentUtil.fireEvent(field, new KeyPressEvent(field, "Enter"));

        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat(((SearchView) getCurrentView()).groups.getFirst().links).extracting(Anchor::getHref)
                .containsExactly("report/" + report);
    }

    private SearchView search(String query) {
        UI.getCurrent().navigate("search", QueryParameters.of("q", query));
        return (SearchView) getCurrentView();
    }

    private static List<String> matches(ResultGroup group) {
        return group.list.getElement().getChildren().flatMap(SearchViewTest::descendantsOf)
                .filter(e -> e.getClassList().contains("search-match")).map(Element::getText).toList();
    }

    private static List<Element> descendants(Element element) {
        return element.getChildren().flatMap(SearchViewTest::descendantsOf).toList();
    }

    private static java.util.stream.Stream<Element> descendantsOf(Element element) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(element),
                element.getChildren().flatMap(SearchViewTest::descendantsOf));
    }
}
