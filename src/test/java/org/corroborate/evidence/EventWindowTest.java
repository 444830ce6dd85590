package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A story's event runs over the days before its date, widened back to a short period a figure states that runs into
 * them; a period that ended before them is the figure's own (third walk, H15: accepting "up from 6.5% in the first
 * round in April" widened an election story of 30 November to "1 April – 30 November", and every figure without a
 * period of its own then counted eight months). Each row: the period phrase a figure states and the event's first day.
 */
@SpringBootTest
class EventWindowTest {

    private static final Instant STORY_DATE = Instant.parse("2026-11-30T18:00:00Z");

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    EvidenceService evidence;

    @Autowired
    SystemAuthentication system;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "in April            | 2026-10-31",
        "en avril            | 2026-10-31",
        "in September        | 2026-10-31",
        "since 15 October    | 2026-10-15",
        "depuis le 20 octobre | 2026-10-20",
        "this week           | 2026-10-31",
    })
    void aShortPeriodThatRunsIntoTheStorysDaysWidensItsEventAndAnEarlierOneDoesNot(String period, LocalDate from) {
        String text = "Turnout reached 82.1%, and the figure for the period was 6.5%.";
        long storyId = system.call(() -> {
            long id = stories.create("Window " + UUID.randomUUID(), "en", text);
            stories.datePublication(id, STORY_DATE);
            figures.anchor(id, text, text.indexOf("6.5%"), "6.5%",
                    Quantity.of(Qualifier.EXACT, new BigDecimal("6.5"), new BigDecimal("6.5"), "%"),
                    new Measure(QuantityKind.SHARE, "turnout", null, period), null);
            return id;
        });

        StoryScopeView scope = system.call(() -> evidence.storyScope(storyId, Locale.ENGLISH));

        assertThat(scope.from()).isEqualTo(from);
        assertThat(scope.to()).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
