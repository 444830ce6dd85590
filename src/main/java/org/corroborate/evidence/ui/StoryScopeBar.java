package org.corroborate.evidence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.stream.Collectors;
import org.corroborate.base.ui.Formats;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.StoryScopeView;
import org.corroborate.security.CurrentUser;
import org.corroborate.story.StoryPublishedException;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/**
 * The story's event in its header: its places and its window, read from its text and figures or set by a
 * fact-checker, with "Edit" to set them. Its figures that name no place or period of their own inherit these.
 */
@NamedInterface("ui")
@SpringComponent
@Scope("prototype")
public class StoryScopeBar extends Composite<Div> {

    private final EvidenceService evidence;
    final Span places = new Span();
    final Span window = new Span();
    final Button edit = new Button();
    private Runnable onChange = () -> { };
    private StoryScopeView shown;

    StoryScopeBar(EvidenceService evidence) {
        this.evidence = evidence;
        Div content = getContent();
        content.addClassName("story-scope");
        Span label = new Span(getTranslation("scope.story.label"));
        label.addClassName("scope-label");
        places.addClassName("scope-places");
        window.addClassName("scope-window");
        edit.setText(getTranslation("scope.story.edit"));
        edit.setIcon(VaadinIcon.MAP_MARKER.create());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.addClassName("scope-edit");
        edit.addClickListener(e -> open());
        content.add(label, places, window, edit);
    }

    /** Called after the scope was set, so the view can show the standings derived again. */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    public void show(long storyId, boolean locked) {
        shown = evidence.storyScope(storyId, getLocale());
        places.setText(shown.places().isEmpty() ? getTranslation("scope.place.unknown")
                : shown.places().stream().map(StoryScopeView.PlaceName::name).collect(Collectors.joining(" · ")));
        window.setText((shown.from() == null ? getTranslation("scope.period.unknown")
                : Formats.date(shown.from(), getLocale()) + " – " + Formats.date(shown.to(), getLocale())) + " ("
                + (shown.setBy() == null ? getTranslation("scope.story.read")
                        : getTranslation("scope.story.set-by", shown.setBy())) + ")");
        edit.setVisible(CurrentUser.canEdit() && !locked);
    }

    private void open() {
        StoryScopeView now = shown;
        boolean set = now.setBy() != null;
        new ScopeDialog(getTranslation("scope.story.title"), getTranslation("scope.story.help"),
                evidence.placeChoices(getLocale()), true,
                set ? now.places().stream().map(StoryScopeView.PlaceName::id).toList() : java.util.List.of(),
                set ? now.from() : null, set ? now.to() : null, choice -> {
                    try {
                        evidence.rescopeStory(now.storyId(), choice.placeIds(), choice.from(), choice.to(),
                                getLocale());
                    } catch (StoryPublishedException locked) {
                        Notification.show(getTranslation("scope.error.locked"), 5000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                        return false;
                    }
                    show(now.storyId(), false);
                    onChange.run();
                    return true;
                }).open();
    }
}
