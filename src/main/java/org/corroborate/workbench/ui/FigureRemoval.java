package org.corroborate.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;
import org.corroborate.base.ui.Formats;
import org.corroborate.figure.FigureRow;
import org.corroborate.story.StoryPublishedException;
import org.corroborate.story.StoryService;
import org.jspecify.annotations.Nullable;

/**
 * Remove figure, in the figure panel's tools, for a figure accepted by mistake (walk3 H12: "three" hours, "10" days):
 * asks first, saying that the words stay in the text and what goes with the figure, then removes it. Rejecting such a
 * figure is no way out: a rejected figure in the text holds Publish back, as it must for a figure stated wrongly.
 */
class FigureRemoval extends Button {

    /** Made at the first removal asked for. */
    @Nullable ConfirmDialog confirm;
    private final StoryService stories;
    private final LongConsumer onRemoved;
    private long storyId;
    private @Nullable FigureRow figure;

    /** {@code onRemoved}: the figure is gone (removed here, or by someone else meanwhile). */
    FigureRemoval(StoryService stories, LongConsumer onRemoved) {
        this.stories = stories;
        this.onRemoved = onRemoved;
        setText(getTranslation("figure.remove.action"));
        setIcon(VaadinIcon.TRASH.create());
        addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        setTooltipText(getTranslation("figure.remove.help"));
        addClassName("remove-figure");
    }

    /** Asks whether to remove this figure of the story. */
    void ask(long storyId, FigureRow figure) {
        this.storyId = storyId;
        this.figure = figure;
        if (confirm == null) {
            confirm = new ConfirmDialog();
            confirm.addClassName("confirm-remove-figure");
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.setText(getTranslation("figure.remove.text"));
            confirm.setConfirmText(getTranslation("figure.remove.confirm"));
            confirm.setCancelText(getTranslation("figure.remove.cancel"));
            confirm.addConfirmListener(e -> remove());
        }
        confirm.setHeader(getTranslation("figure.remove.title", quoted(figure)));
        confirm.open();
    }

    private void remove() {
        FigureRow removed = figure;
        if (removed == null) {
            return;
        }
        try {
            stories.removeFigure(storyId, removed.id());
            notify(getTranslation("figure.remove.done", quoted(removed)), NotificationVariant.LUMO_SUCCESS);
        } catch (StoryPublishedException locked) {
            notify(getTranslation("story.locked.published"), NotificationVariant.LUMO_WARNING);
            return;
        } catch (NoSuchElementException gone) {
            notify(getTranslation("figure.remove.gone"), NotificationVariant.LUMO_CONTRAST);
        }
        figure = null;
        onRemoved.accept(removed.id());
    }

    private String quoted(FigureRow figure) {
        return Formats.quoted(figure.quote(), getLocale());
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
