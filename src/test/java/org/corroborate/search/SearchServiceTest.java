package org.corroborate.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Full-text search on the real PostgreSQL: accents, French and English stems, marks, order, groups. */
@SpringBootTest
@WithUserDetails("viewer")
class SearchServiceTest {

    @Autowired
    SearchService search;

    @Autowired
    JdbcTemplate jdbc;

    SearchFixtures data;

    @Autowired
    void fixtures(JdbcTemplate jdbc) {
        data = new SearchFixtures(jdbc);
    }

    @Test
    void aQueryWithoutAccentsFindsAccentedWordsAndTheOtherWayRound() {
        long accented = data.report("Bilan " + data.word, "fr", "Des milliers de déplacés fuient vers Idleb.");
        long plain = data.report("Note " + data.word, "fr", "Les deplaces arrivent a la frontiere turque.");

        assertThat(reportIds(data.word + " deplaces")).containsExactlyInAnyOrder(accented, plain);
        assertThat(reportIds(data.word + " déplacés")).containsExactlyInAnyOrder(accented, plain);
        assertThat(reportIds(data.word + " frontière")).containsExactly(plain);
    }

    @Test
    void frenchWordsMatchWhateverTheirNumber() {
        long plural = data.report("Bilan " + data.word, "fr", "Au moins 260 morts selon l'OSDH.");
        long singular = data.report("Note " + data.word, "fr", "Un mort à Saraqeb.");

        assertThat(reportIds(data.word + " mort")).containsExactlyInAnyOrder(plural, singular);
        assertThat(reportIds(data.word + " morts")).containsExactlyInAnyOrder(plural, singular);
    }

    @Test
    void englishReportsAreStemmedInEnglish() {
        long english = data.report("Toll " + data.word, "en", "Dozens of civilians were killed in air strikes.");

        assertThat(reportIds(data.word + " killing civilian")).containsExactly(english);
        assertThat(reportIds(data.word + " strike")).containsExactly(english);
        assertThat(reportIds(data.word + " tanks")).isEmpty();
    }

    @Test
    void aPhraseAndAnExcludedWordAreHonoured() {
        long camp = data.report("Camps " + data.word, "fr", "Des familles déplacées dorment dans des camps.");
        long school = data.report("Écoles " + data.word, "fr", "Des familles déplacées dorment dans des écoles.");

        assertThat(reportIds(data.word + " -ecoles")).containsExactly(camp);
        assertThat(reportIds(data.word + " \"dorment dans des ecoles\"")).containsExactly(school);
    }

    @Test
    void matchedWordsAreMarkedAsTheyAreWrittenAndTagsInTheTextAreDropped() {
        data.report("Bilan " + data.word, "fr",
                "Dans la province d'Idleb, <b>235 000</b> déplacés selon l'OCHA, et des déplacés encore.");

        SearchHit hit = search.search(data.word + " deplaces", 10).group(SearchType.REPORT).hits().getFirst();

        assertThat(hit.title().matches()).containsExactly(data.word);
        assertThat(hit.title().text()).isEqualTo("Bilan " + data.word);
        assertThat(hit.text().matches()).containsOnly("déplacés").hasSizeGreaterThanOrEqualTo(1);
        assertThat(hit.text().text()).contains("235 000").doesNotContain("<b>");
    }

    @Test
    void aReportNamingTheWordsInItsTitleAndOftenRanksFirst() {
        long once = data.report("Bilan " + data.word, "fr",
                "Les combats continuent au sud. Plus loin dans le texte, des bombardements sur Maaret.");
        long often = data.report("Bombardements sur Maaret " + data.word, "fr",
                "Les bombardements sur Maaret ont repris ; bombardements sur Maaret encore ce matin.");

        assertThat(reportIds(data.word + " bombardements maaret")).containsExactly(often, once);
        assertThat(search.search(data.word + " bombardements maaret", 10).group(SearchType.REPORT).hits())
                .extracting(SearchHit::rank).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void sqlInTheQueryIsOnlyWordsToLookFor() {
        long report = data.report("Bilan " + data.word, "fr", "Un texte ordinaire : drop table report.");
        long before = jdbc.queryForObject("select count(*) from report", Long.class);

        assertThat(reportIds(data.word + " '; drop table report; --")).containsExactly(report);
        for (String attack : new String[] {"' and '1'='1", ") and true --", "\\'; select pg_sleep(5); --",
                "& !x | y:* <-> ((", "'::tsquery) @@ ''; --", "$$ $1 :q"}) {
            assertThat(reportIds(data.word + " " + attack)).as(attack).isSubsetOf(report);
        }
        assertThat(jdbc.queryForObject("select count(*) from report", Long.class)).isEqualTo(before);
    }

    @Test
    void storiesFiguresReportsAndCommentsComeInGroupsEachWithTheAddressOfItsPage() {
        long story = data.story("Offensive " + data.word, "fr", "Environ 260 morts dans la région d'Idleb.");
        long figure = data.figure(story, "260 morts", "combattants " + data.word, "Idleb");
        long report = data.report("Dépêche " + data.word, "fr", "Le bilan atteint 260 morts.");

        SearchResults results = search.search(data.word, 10);

        assertThat(results.groups()).extracting(SearchPage::type)
                .containsExactly(SearchType.STORY, SearchType.FIGURE, SearchType.REPORT, SearchType.COMMENT);
        assertThat(results.group(SearchType.STORY).hits()).extracting(SearchHit::location)
                .containsExactly("story/" + story);
        assertThat(results.group(SearchType.FIGURE).hits()).extracting(SearchHit::location)
                .containsExactly("story/" + story + "?figure=" + figure);
        assertThat(results.group(SearchType.FIGURE).hits().getFirst().context()).isEqualTo("Offensive " + data.word);
        assertThat(results.group(SearchType.REPORT).hits()).extracting(SearchHit::location)
                .containsExactly("report/" + report);
        assertThat(results.group(SearchType.REPORT).hits().getFirst().context()).isEqualTo("AFP");
    }

    @Test
    void aFigureIsFoundByItsPlaceWithoutAccents() {
        long story = data.story("Offensive " + data.word, "fr", "Douze morts à Lattaquié.");
        long figure = data.figure(story, "Douze morts", "civils", "Lattaquié");

        assertThat(search.search(data.word + " lattaquie", 10).group(SearchType.FIGURE).hits()).isEmpty();
        assertThat(search.page(SearchType.FIGURE, "douze morts lattaquie", 0, 50).hits())
                .extracting(SearchHit::id).contains(figure);
    }

    @Test
    void groupsArePagedAndCounted() {
        for (int i = 0; i < 5; i++) {
            data.report("Bilan " + i + " " + data.word, "fr", "Texte " + i + ".");
        }

        SearchPage first = search.page(SearchType.REPORT, data.word, 0, 2);
        SearchPage last = search.page(SearchType.REPORT, data.word, 4, 2);

        assertThat(first.hits()).hasSize(2);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hasMore()).isTrue();
        assertThat(last.hits()).hasSize(1);
        assertThat(last.hasMore()).isFalse();
    }

    @Test
    void pastTheRankingCapResultsComeNewestFirst() {
        jdbc.update("""
                insert into report (publisher_id, published_at, language, title, body)
                select (select id from source where key = 'afp'), timestamptz '2020-01-01' + n * interval '1 hour',
                       'fr', 'Bilan ' || n || ' ' || ?, 'Texte.'
                from generate_series(1, ?) n""", data.word, SearchService.RANK_CAP + 1);

        SearchPage page = search.page(SearchType.REPORT, data.word, 0, 3);

        assertThat(page.byRelevance()).isFalse();
        assertThat(page.total()).isEqualTo(SearchService.RANK_CAP + 1);
        int newest = SearchService.RANK_CAP + 1;
        assertThat(page.hits()).extracting(h -> h.title().text()).containsExactly("Bilan " + newest + " "
                + data.word, "Bilan " + (newest - 1) + " " + data.word, "Bilan " + (newest - 2) + " " + data.word);
        assertThat(search.page(SearchType.REPORT, data.word + " bilan", 0, 3).hits()).hasSize(3);
    }

    @Test
    void commentsAreFoundWithoutAccentsAndLeadToTheirStoryOrFigure() {
        long story = data.story("Offensive " + data.word, "fr", "Environ 260 morts dans la région d'Idleb.");
        long figure = data.figure(story, "260 morts", "combattants", "Idleb");
        long onStory = data.comment(story, null, "editor", "Vérifier les déplacés de Saraqeb " + data.word);
        long onFigure = data.comment(story, figure, "factchecker", "Bilan des déplacés à confirmer " + data.word);

        SearchPage comments = search.search(data.word + " deplaces", 10).group(SearchType.COMMENT);

        assertThat(comments.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(onStory, onFigure);
        assertThat(comments.hits()).extracting(SearchHit::location).containsExactlyInAnyOrder(
                "story/" + story, "story/" + story + "?figure=" + figure);
        SearchHit hit = comments.hits().stream().filter(h -> h.id() == onStory).findFirst().orElseThrow();
        assertThat(hit.text().matches()).contains("déplacés");
        assertThat(hit.title().text()).isEqualTo("editor");
        assertThat(hit.context()).isEqualTo("Offensive " + data.word);
        assertThat(search.page(SearchType.COMMENT, data.word + " saraqeb", 0, 10).hits()).extracting(SearchHit::id)
                .containsExactly(onStory);
    }

    @Test
    void aDeletedCommentIsNotFound() {
        long story = data.story("Offensive " + data.word, "fr", "Texte.");
        long kept = data.comment(story, null, "editor", "Source à recouper " + data.word);
        long deleted = data.comment(story, null, "editor", "Source douteuse " + data.word);
        // the flag alone, text kept: neither the document nor the filter may let it through
        jdbc.update("update comment set deleted = true where id = ?", deleted);

        assertThat(search.search(data.word, 10).group(SearchType.COMMENT).hits()).extracting(SearchHit::id)
                .containsExactly(kept);
        assertThat(search.page(SearchType.COMMENT, data.word + " douteuse", 0, 10).hits()).isEmpty();
        assertThat(search.page(SearchType.COMMENT, data.word + " \"source douteuse\"", 0, 10).hits()).isEmpty();
    }

    @Test
    void aPhraseIsCheckedOnTheLastRowsAddedHoldingItsWordsAndSaysWhenOlderOnesWereNotChecked() {
        long old = data.report("Ancien " + data.word, "fr", "Des familles dorment dans des écoles.");
        jdbc.update("update report set published_at = timestamptz '2001-01-01' where id = ?", old);
        jdbc.update("""
                insert into report (publisher_id, published_at, language, title, body)
                select (select id from source where key = 'afp'), timestamptz '2020-01-01' + n * interval '1 hour',
                       'fr', 'Bilan ' || n || ' ' || ?, 'Les écoles ferment ; les familles dorment dehors.'
                from generate_series(1, ?) n""", data.word, SearchService.PHRASE_WINDOW);
        long recent = data.report("Récent " + data.word, "fr", "Des familles dorment dans des écoles.");

        SearchPage phrase = search.page(SearchType.REPORT, data.word + " \"dorment dans des ecoles\"", 0, 10);

        assertThat(phrase.hits()).extracting(SearchHit::id).containsExactly(recent);
        assertThat(phrase.partial()).isTrue();
        assertThat(phrase.total()).isEqualTo(1);
        assertThat(phrase.hits().getFirst().text().matches()).contains("dorment", "écoles");
        SearchPage words = search.page(SearchType.REPORT, data.word + " dorment ecoles", 0, 10);
        assertThat(words.partial()).isFalse();
        assertThat(words.totalCapped()).isTrue();
        SearchPage fewer = search.page(SearchType.REPORT, data.word + " ancien \"dorment dans des ecoles\"", 0, 10);
        assertThat(fewer.hits()).extracting(SearchHit::id).containsExactly(old);
        assertThat(fewer.partial()).isFalse();
        assertThat(fewer.byRelevance()).isTrue();
    }

    @Test
    void aBlankQueryFindsNothingAndFrenchStopWordsFindNoFrenchText() {
        long french = data.report("Ville " + data.word, "fr", "La ville et le village de la vallée.");

        assertThat(search.search("   ", 10).isEmpty()).isTrue();
        assertThat(search.search("   ", 10).query()).isEmpty();
        assertThat(search.search(null, 10).isEmpty()).isTrue();
        assertThat(reportIds("de la et")).doesNotContain(french);
    }

    @Test
    @WithUserDetails("factchecker")
    void everyRoleMaySearch() {
        long report = data.report("Bilan " + data.word, "fr", "Texte.");

        assertThat(reportIds(data.word)).containsExactly(report);
    }

    @Test
    void nobodyMaySearchWithoutLoggingIn() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> search.search("idleb", 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private java.util.List<Long> reportIds(String query) {
        return search.search(query, 50).group(SearchType.REPORT).hits().stream().map(SearchHit::id).toList();
    }
}
