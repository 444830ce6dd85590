package org.corroborate.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corroborate.RunAs;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.review.ReviewService;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;

/** The printable check sheet in a browserless UI, as a viewer (who reads everything) sees it. */
@SpringBootTest
class CheckSheetViewTest extends SpringBrowserlessTest {

    private static final String TEXT = "Les frappes ont fait environ 12 morts et 30 blessés à Maaret, selon l'OSDH. "
            + "Plus de 300 civils ont fui.";

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    SourceService sources;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ReviewService review;

    @Autowired
    SystemAuthentication system;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    JdbcTemplate jdbc;

    long storyId;
    String reportTitle;

    /** "environ 12 morts" approved by the editor, "30 blessés" rejected, "Plus de 300 civils" without evidence. */
    @BeforeEach
    void aStoryWithAnApprovedARejectedAndAnUncheckedFigure() {
        storyId = system.call(() -> stories.create("Check sheet " + UUID.randomUUID(), "fr", TEXT));
        long deaths = anchor("environ 12 morts", Qualifier.APPROXIMATE, "12", "12", QuantityKind.DEATHS);
        long injured = anchor("30 blessés", Qualifier.EXACT, "30", "30", QuantityKind.INJURED);
        anchor("Plus de 300 civils", Qualifier.MORE_THAN, "300", null, QuantityKind.DISPLACED);
        long assertion = jdbc.queryForObject("select min(id) from assertion", Long.class);
        reportTitle = jdbc.queryForObject("select r.title from report r join assertion a on a.report_id = r.id "
                + "where a.id = ?", String.class, assertion);
        as("factchecker", Role.FACT_CHECKER, () -> {
            evidence.link(deaths, assertion, Relation.SUPPORTS);
            evidence.link(injured, assertion, Relation.CONTRADICTS);
        });
        as("editor", Role.EDITOR, () -> {
            review.approve(deaths, "environ 12 morts selon l'OSDH", true);
            review.reject(injured, "Aucune source pour les blessés");
        });
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerReadsTheStoryTextWithItsFiguresNumberedInOrder() {
        CheckSheetView sheet = navigate("story/" + storyId + "/sheet", CheckSheetView.class);

        assertThat(find(Span.class, sheet.text).withClassName("sheet-marker").all()).extracting(Span::getText)
                .containsExactly("[1]", "[2]", "[3]");
        assertThat(find(Span.class, sheet.text).withClassName("sheet-figure").all()).extracting(Span::getText)
                .containsExactly("environ 12 morts", "30 blessés", "Plus de 300 civils");
        assertThat(sheet.text.getElement().getTextRecursively()).isEqualTo(TEXT.replace("environ 12 morts",
                "environ 12 morts[1]").replace("30 blessés", "30 blessés[2]").replace("Plus de 300 civils",
                "Plus de 300 civils[3]"));
    }

    @Test
    @WithUserDetails("viewer")
    void eachFigureShowsItsStatusEvidenceAndTheEditorsDecision() {
        CheckSheetView sheet = navigate("story/" + storyId + "/sheet", CheckSheetView.class);
        List<FigureEntry> entries = find(FigureEntry.class, sheet.entries).all();

        assertThat(entries).hasSize(3);
        FigureEntry deaths = entries.getFirst();
        assertThat(text(deaths)).startsWith("[1] environ 12 morts");
        assertThat(deaths.status.getText()).isNotBlank();
        List<NativeTableRow> rows = find(NativeTableRow.class, deaths.evidence).all();
        assertThat(rows).hasSize(1);
        assertThat(text(rows.getFirst())).contains(reportTitle).contains("supports");
        assertThat(deaths.decision.getElement().getAttribute("data-decision")).isEqualTo("approved");
        assertThat(text(deaths)).contains("“environ 12 morts selon l'OSDH”").contains("by editor");

        FigureEntry injured = entries.get(1);
        assertThat(text(find(NativeTableRow.class, injured.evidence).single())).contains("contradicts");
        assertThat(injured.decision.getElement().getAttribute("data-decision")).isEqualTo("rejected");
        assertThat(text(injured)).contains("Aucune source pour les blessés");

        FigureEntry civilians = entries.get(2);
        assertThat(civilians.status.getText()).isEqualTo("unsupported");
        assertThat(text(civilians)).contains("No evidence linked.");
        assertThat(civilians.decision.getElement().getAttribute("data-decision")).isEqualTo("pending");
    }

    @Test
    @WithUserDetails("viewer")
    void theSheetHasAPrintButtonThatStaysOffThePaper() {
        CheckSheetView sheet = navigate("story/" + storyId + "/sheet", CheckSheetView.class);

        assertThat(sheet.print.getText()).isEqualTo("Print");
        assertThat(sheet.print.getParent().orElseThrow().getClassNames()).contains("no-print");
        test(sheet.back).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("StoryView");
    }

    @Test
    @WithUserDetails("viewer")
    void theStoryViewLinksToItsCheckSheet() {
        navigate("story/" + storyId, Component.class);
        com.vaadin.flow.component.html.Anchor open = $(com.vaadin.flow.component.html.Anchor.class).id("check-sheet");
        assertThat(open.getHref()).isEqualTo("story/" + storyId + "/sheet");

        navigate(open.getHref(), Component.class);

        assertThat(getCurrentView()).isInstanceOf(CheckSheetView.class);
    }

    @Test
    void everySheetTextExistsInEnglishAndFrench() throws Exception {
        assertThat(sheetKeys("translations_fr.properties")).isEqualTo(sheetKeys("translations.properties"))
                .contains("sheet.approval.APPROVED", "sheet.approval.REJECTED", "sheet.approval.LAPSED",
                        "sheet.approval.PENDING");
    }

    private static Set<String> sheetKeys(String bundle) throws Exception {
        Properties texts = new Properties();
        try (InputStream in = CheckSheetViewTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts.stringPropertyNames().stream().filter(k -> k.startsWith("sheet.")).collect(Collectors.toSet());
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private long anchor(String quote, Qualifier qualifier, String low, String high, QuantityKind kind) {
        return system.call(() -> figures.anchor(storyId, TEXT, TEXT.indexOf(quote), quote,
                Quantity.of(qualifier, new BigDecimal(low), high == null ? null : new BigDecimal(high), null),
                new Measure(kind, "à Maaret", null, null), sources.findByKey("sohr").orElseThrow()));
    }

    private void as(String user, Role role, Runnable work) {
        RunAs.as(security, user, role, work);
    }
}
