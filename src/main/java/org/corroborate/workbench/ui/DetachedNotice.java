package org.corroborate.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.LongConsumer;
import org.corroborate.base.ui.Formats;
import org.corroborate.figure.FigureRow;
import org.corroborate.security.CurrentUser;
import org.corroborate.story.StoryService;

/**
 * In the figure panel, for a figure an edit of the text detached (walker F32): says so, that it is no longer
 * highlighted and that an approval given to it lapsed; when its words are in the text again, offers to anchor it to
 * them. Shows nothing for a figure whose words are in the text.
 */
class DetachedNotice extends Div {

    final Paragraph said = new Paragraph();
    final Button reanchor = new Button();
    private final StoryService stories;
    private final LongConsumer onReanchored;
    private long storyId;
    private long figureId;

    DetachedNotice(StoryService stories, LongConsumer onReanchored) {
        this.stories = stories;
        this.onReanchored = onReanchored;
        addClassName("detached-notice");
        getElement().setAttribute("role", "status");
        reanchor.setText(getTranslation("figure.reanchor.action"));
        reanchor.setIcon(VaadinIcon.LINK.create());
        reanchor.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reanchor.addClickListener(e -> reanchor());
        add(said, reanchor);
        setVisible(false);
    }

    /** Shows the notice for this figure of the story, or nothing when its words are in the text. */
    void show(long storyId, long figureId, boolean locked) {
        this.storyId = storyId;
        this.figureId = figureId;
        FigureRow figure = stories.figure(storyId, figureId).orElse(null);
        if (figure == null || !figure.detached()) {
            setVisible(false);
            return;
        }
        boolean found = stories.canReanchor(storyId, figureId);
        String quote = Formats.quoted(figure.quote(), getLocale());
        said.setText(getTranslation("figure.detached.notice", quote) + " "
                + getTranslation(found ? "figure.reanchor.found" : "figure.reanchor.not-found", quote));
        reanchor.setVisible(found && CurrentUser.canEdit() && !locked);
        setVisible(true);
    }

    private void reanchor() {
        if (stories.reanchorFigure(storyId, figureId)) {
            Notification.show(getTranslation("figure.reanchor.done"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            setVisible(false);
            onReanchored.accept(figureId);
        } else {
            show(storyId, figureId, false);
        }
    }
}
