package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.workbench.ui.LiveWindows.awaitIn;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.corroborate.discussion.CommentService;
import org.corroborate.discussion.ui.CommentItem;
import org.corroborate.discussion.ui.CommentThread;
import org.corroborate.evidence.QueuedStandings;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureRow;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.review.ReviewService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Someone else's change to a figure reaches an open story view as that change, and only it is redrawn: evidence linked
 * elsewhere redraws the figure's panel (its standing and evidence) but not the comments shown with it; a decision taken
 * elsewhere shows in the figure's decision and leaves the panel as it was (DD017).
 */
@SpringBootTest
class LiveFigureChangesTest {

    static final String TEXT = "Les frappes ont fait environ 14 morts à Kafranbel, selon l'OSDH. Puis 3 blessés.";

    @Autowired ApplicationContext spring;
    @Autowired UserDetailsService users;
    @Autowired StoryService stories;
    @Autowired FigureService figures;
    @Autowired SourceService sources;
    @Autowired SystemAuthentication system;
    @Autowired EvidenceService evidence;
    @Autowired ReviewService review;
    @Autowired CommentService comments;
    @Autowired DataSource dataSource;

    SecuredBrowserlessApplicationContext<Authentication> app;
    long storyId;
    long figureId;

    @BeforeEach
    void aStoryWithAFigureThatHasAComment() {
        storyId = system.call(() -> stories.create("Live figure " + UUID.randomUUID(), "fr", TEXT));
        String quote = "environ 14 morts";
        figureId = system.call(() -> figures.anchor(storyId, TEXT, TEXT.indexOf(quote), quote,
                Quantity.of(Qualifier.APPROXIMATE, new BigDecimal("14"), new BigDecimal("14"), null),
                new Measure(QuantityKind.DEATHS, "à Kafranbel", null, null), sources.findByKey("sohr").orElseThrow()));
        system.run(() -> comments.comment(storyId, figureId, "Bilan à recouper"));
        // stored now: its later arrival would redraw the standing while a test watches it not being redrawn (DD016)
        QueuedStandings.derive(spring, figureId);
        app = SpringBrowserlessApplicationContext.createSecured(spring, StoryView.class);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void evidenceLinkedBySomeoneElseRedrawsTheFiguresPanelButNotTheCommentsShownWithIt() {
        BrowserlessUIContext editor = openOnFigure("editor");
        CommentItem comment = figureComment(editor);
        assertThat(evidenceTitle(editor)).isEqualTo("Evidence (0)");
        long assertionId = new JdbcTemplate(dataSource).queryForObject("select min(id) from assertion", Long.class);

        system.run(() -> evidence.link(figureId, assertionId, Relation.SUPPORTS));

        awaitIn(editor, () -> evidenceTitle(editor).equals("Evidence (1)"));
        assertThat(figureComment(editor)).as("the figure's comments are not read again").isSameAs(comment);
    }

    @Test
    void aDecisionTakenBySomeoneElseShowsInTheFiguresDecisionAndLeavesItsPanelAsItWas() {
        BrowserlessUIContext editor = openOnFigure("editor");
        Component standingBefore = standing(editor);
        FigureRow rowBefore = view(editor).figures.getGenericDataView().getItems().findFirst().orElseThrow();

        system.run(() -> review.approve(figureId, "environ 14 morts selon l'OSDH", true));

        awaitIn(editor, () -> editor.find(Span.class).withClassName("review-decision")
                .withTextContaining("Approved").exists());
        assertThat(standing(editor)).as("the standing is not redrawn for a decision").isSameAs(standingBefore);
        assertThat(view(editor).figures.getGenericDataView().getItems().findFirst().orElseThrow())
                .isSameAs(rowBefore);
    }

    private BrowserlessUIContext openOnFigure(String username) {
        UserDetails user = users.loadUserByUsername(username);
        Authentication login = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        BrowserlessUIContext window = app.newUser(login).newWindow();
        window.activate();
        window.navigate(StoryView.class, storyId);
        StoryView view = view(window);
        view.figures.select(view.figures.getGenericDataView().getItems().filter(f -> f.id() == figureId)
                .findFirst().orElseThrow());
        return window;
    }

    private static StoryView view(BrowserlessUIContext window) {
        window.activate();
        return (StoryView) window.getCurrentView();
    }

    private static String evidenceTitle(BrowserlessUIContext window) {
        window.activate();
        return window.find(H4.class).withTextContaining("Evidence (").single().getText();
    }

    /** The first thing the panel's standing shows (redrawn whole whenever the panel draws the standing). */
    private static Component standing(BrowserlessUIContext window) {
        window.activate();
        return window.find(Div.class).withClassName("standing").single().getChildren().findFirst().orElseThrow();
    }

    private static CommentItem figureComment(BrowserlessUIContext window) {
        window.activate();
        List<CommentItem> items = window.find(CommentThread.class).all().stream()
                .flatMap(thread -> thread.items().stream()).toList();
        assertThat(items).extracting(CommentItem::text).containsExactly("Bilan à recouper");
        return items.getFirst();
    }
}
