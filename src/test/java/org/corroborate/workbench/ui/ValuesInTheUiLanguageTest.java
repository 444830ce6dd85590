package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.review.ReviewService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Walk3 H18: values and quotes in the UI's language wherever a story's figures are listed. The English UI showed
 * "> 16 000 ha", the check sheet "8 700 000 $", the publish refusal « »; the French UI « 98.4 % », « 1.2 pp ».
 */
@SpringBootTest
class ValuesInTheUiLanguageTest extends SpringBrowserlessTest {

    private static final String TEXT = "The fire burned more than 16,000 hectares. ADN declared 8,700,000 dollars. "
            + "Turnout was 98.4%, with a margin of 1.2 percentage points.";

    @Autowired StoryService stories;
    @Autowired FigureService figures;
    @Autowired ReviewService review;
    @Autowired SystemAuthentication system;

    @Test
    @WithUserDetails("factchecker")
    void theEnglishFigureListGroupsDigitsWithCommasAndPutsTheDollarFirst() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        long storyId = story();

        StoryView view = navigate(StoryView.class, storyId);

        assertThat(values(view)).containsExactly("> 16,000 ha", "$8,700,000", "98.4%", "1.2 pp");
        assertThat(view.text.shown()).extracting(s -> s.title()).contains("> 16,000 ha", "$8,700,000");
    }

    @Test
    @WithUserDetails("factchecker")
    void theFrenchFigureListWritesADecimalCommaAndPercentagePointsAsPoints() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        long storyId = story();

        StoryView view = navigate(StoryView.class, storyId);

        assertThat(values(view)).containsExactly("> 16\u202f000 ha", "8\u202f700\u202f000 $", "98,4 %", "1,2 pt");
    }

    @Test
    @WithUserDetails("viewer")
    void theEnglishCheckSheetWritesTheAmountAsEnglishDoes() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        long storyId = story();

        navigate("story/" + storyId + "/sheet", Component.class);

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("$8,700,000 · unsupported")
                .doesNotContain("8 700 000").doesNotContain("8\u202f700\u202f000");
    }

    @Test
    @WithUserDetails("editor")
    void theEnglishPublishRefusalQuotesTheRejectedFiguresAsEnglishDoes() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        long storyId = story();
        List<Long> ids = system.call(() -> figures.figuresOf(storyId)).stream().map(f -> f.id()).toList();
        system.run(() -> {
            ids.subList(0, 3).forEach(id -> review.approve(id, "checked", true));
            review.reject(ids.get(3), "Not a figure to check");
            review.submitForReview(storyId);
            review.approveStory(storyId, true);
        });

        navigate(StoryView.class, storyId);

        assertThat($(Span.class).withClassName("review-reason").all()).extracting(Span::getText)
                .anySatisfy(reason -> assertThat(reason).startsWith("A figure you rejected is still in the text: "
                        + "“1.2 percentage points”. Before publishing"))
                .noneMatch(reason -> reason.contains("«"));
    }

    private long story() {
        return system.call(() -> {
            long storyId = stories.create("Values " + UUID.randomUUID(), "en", TEXT);
            anchor(storyId, "more than 16,000 hectares", Qualifier.MORE_THAN, "16000", null, "ha", QuantityKind.AREA);
            anchor(storyId, "8,700,000 dollars", Qualifier.EXACT, "8700000", "8700000", "$", QuantityKind.MONEY);
            anchor(storyId, "98.4%", Qualifier.EXACT, "98.4", "98.4", "%", QuantityKind.SHARE);
            anchor(storyId, "1.2 percentage points", Qualifier.EXACT, "1.2", "1.2", "pp", QuantityKind.OTHER);
            return storyId;
        });
    }

    private void anchor(long storyId, String quote, Qualifier qualifier, String low, String high, String unit,
            QuantityKind kind) {
        figures.anchor(storyId, TEXT, TEXT.indexOf(quote), quote, Quantity.of(qualifier, new BigDecimal(low),
                high == null ? null : new BigDecimal(high), unit), new Measure(kind, null, null, null), null);
    }

    private List<String> values(StoryView view) {
        var grid = test(view.figures);
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, 1)).toList();
    }
}
