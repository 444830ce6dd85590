package org.corroborate.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class FigureRepositoryTest {

    private static final String TEXT = "Les combats ont fait environ 260 morts en cinq jours.";

    @Autowired
    FigureRepository figures;

    @Autowired
    StoryService stories;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SystemAuthentication system;

    @Test
    void aFigureRoundTripsWithItsSpanValueAndMeasure() {
        long[] storyId = {system.call(() -> stories.create("Figure round trip", "fr", TEXT))};
        Long id = tx.execute(s -> figures.save(Figure.anchor(storyId[0], TEXT, 21, "environ 260 morts",
                Quantity.of(Qualifier.APPROXIMATE, new BigDecimal("260"), new BigDecimal("260"), null),
                new Measure(QuantityKind.DEATHS, "combattants", null, "en cinq jours"), null)).getId());

        Figure loaded = tx.execute(s -> figures.findById(id).orElseThrow());

        assertThat(loaded.getStoryId()).isEqualTo(storyId[0]);
        assertThat(loaded.getStartOffset()).isEqualTo(21);
        assertThat(loaded.getEndOffset()).isEqualTo(38);
        assertThat(loaded.getQuantity().qualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(loaded.getQuantity().point()).isEqualByComparingTo("260");
        assertThat(loaded.getMeasure().period()).isEqualTo("en cinq jours");
    }

    @Test
    void aFigureWhoseQuoteIsNotAtItsOffsetIsRefused() {
        assertThatThrownBy(() -> Figure.anchor(1L, TEXT, 0, "environ 260 morts",
                Quantity.of(Qualifier.EXACT, BigDecimal.ONE, BigDecimal.ONE, null),
                new Measure(QuantityKind.DEATHS, null, null, null), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the story");
    }
}
