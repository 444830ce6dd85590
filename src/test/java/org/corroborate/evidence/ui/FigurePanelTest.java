package org.corroborate.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import java.util.UUID;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The figure panel in a browserless UI: linking and unlinking change the status at once, no reload. */
@SpringBootTest
class FigurePanelTest extends SpringBrowserlessTest {

    private static final String TEXT = "L'armée syrienne a affirmé avoir repris 320 km2 en une semaine.";

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    SourceService sources;

    @Autowired
    SystemAuthentication system;

    @Autowired
    EvidenceService evidence;

    long figureId;

    @BeforeEach
    void aStoryWithTheArmysAreaClaim() {
        figureId = system.call(() -> {
            long storyId = stories.create("Panel test " + UUID.randomUUID(), "fr", TEXT);
            return figures.anchor(storyId, TEXT, TEXT.indexOf("320 km2"), "320 km2",
                    Quantity.of(Qualifier.EXACT, new BigDecimal("320"), new BigDecimal("320"), "km2"),
                    new Measure(QuantityKind.AREA, "territoire repris par l'armée", null, "en une semaine"),
                    sources.findByKey("syrian-army").orElseThrow());
        });
    }

    @Test
    @WithUserDetails("factchecker")
    void linkingTheCommuniqueAsSupportMakesTheFigureASingleSourcePartyClaim() {
        FigurePanel panel = showPanel();
        assertThat(panel.evidence().standing().status()).isEqualTo(FigureStatus.UNSUPPORTED);
        int row = suggestionRow(panel, "320 km²");

        clickLink(panel, row, "link-supports");

        assertThat(panel.evidence().standing().status()).isEqualTo(FigureStatus.SINGLE_SOURCE);
        assertThat(panel.evidence().standing().partyClaim()).isTrue();
        assertThat(panel.evidenceList.items()).hasSize(1);
        assertThat(panel.evidenceList.items().getFirst().row.linkedBy()).isEqualTo("factchecker");
    }

    @Test
    @WithUserDetails("factchecker")
    void unlinkingTheOnlySupportLeavesTheFigureUnsupported() {
        FigurePanel panel = showPanel();
        clickLink(panel, suggestionRow(panel, "320 km²"), "link-supports");

        test(panel.evidenceList.items().getFirst().unlink).click();

        assertThat(panel.evidence().standing().status()).isEqualTo(FigureStatus.UNSUPPORTED);
        assertThat(panel.evidenceList.items()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerSeesTheStandingButNoLinkButtons() {
        FigurePanel panel = showPanel();

        assertThat(panel.standing.getElement().getTextRecursively()).contains("unsupported");
        assertThat(panel.suggestionList.items()).isNotEmpty().allSatisfy(item -> assertThat(item.links).isEmpty());
        assertThat(find(Button.class, panel.suggestionList).all()).isEmpty();
    }

    @Autowired
    org.springframework.beans.factory.ObjectProvider<FigurePanel> panels;

    private FigurePanel showPanel() {
        navigate("stories", com.vaadin.flow.component.Component.class);
        FigurePanel panel = panels.getObject();
        com.vaadin.flow.component.UI.getCurrent().add(panel);
        panel.show(figureId);
        return panel;
    }


    private int suggestionRow(FigurePanel panel, String quote) {
        var items = panel.suggestionList.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).row.quote().equals(quote)) {
                return i;
            }
        }
        throw new AssertionError("No suggestion \"" + quote + "\" among " + items.size());
    }

    private void clickLink(FigurePanel panel, int row, String buttonClass) {
        Button button = panel.suggestionList.items().get(row).links.stream()
                .filter(b -> b.getClassNames().contains(buttonClass)).findFirst().orElseThrow();
        test(button).click();
    }
}
