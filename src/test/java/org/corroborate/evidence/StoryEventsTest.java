package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.corroborate.place.Gazetteer;
import org.corroborate.place.PlaceService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A story's event is read from its text once and stored with what it was read from (issue 16): the stored places are
 * used while the text, title, figures and registry are the same, and read again when one of them changes.
 */
@SpringBootTest
class StoryEventsTest {

    @Autowired StoryEvents events;
    @Autowired StoryService stories;
    @Autowired PlaceService places;
    @Autowired SystemAuthentication system;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theStoredPlacesAreUsedUntilWhatTheyWereReadFromChanges() {
        String title = "Frappes meurtrières " + UUID.randomUUID();
        String text = "Au moins 12 civils ont été tués à Khan Cheikhoun, selon l'OSDH. Les secours cherchaient "
                + "encore des survivants dans la soirée, a indiqué la défense civile.";
        long storyId = system.call(() -> stories.create(title, "fr", text));
        Gazetteer gazetteer = system.call(places::gazetteer);
        List<int[]> figures = List.of(new int[] {0, 18});
        long khan = jdbc.queryForObject("select id from place where key = 'khan-sheikhoun'", Long.class);

        assertThat(events.places(storyId, gazetteer, title, text, figures)).containsExactly(khan);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from story_event where story_id = ?", Long.class, storyId)).isOne());

        // what is stored is what is used (written here by hand to tell it from a reading of the text)
        long goma = jdbc.queryForObject("select id from place where key = 'goma'", Long.class);
        jdbc.update("update story_event set place_ids = cast(? as bigint[]) where story_id = ?", "{" + goma + "}",
                storyId);
        assertThat(events.places(storyId, gazetteer, title, text, figures)).containsExactly(goma);

        String edited = text.replace("Khan Cheikhoun", "Saraqeb");
        long saraqeb = jdbc.queryForObject("select id from place where key = 'saraqib'", Long.class);
        assertThat(events.places(storyId, gazetteer, title, edited, figures)).as("the text changed: read again")
                .containsExactly(saraqeb);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select place_ids[1] from story_event where story_id = ?", Long.class, storyId)).isEqualTo(saraqeb));
    }
}
