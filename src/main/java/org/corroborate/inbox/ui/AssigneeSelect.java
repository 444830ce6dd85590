package org.corroborate.inbox.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Locale;
import java.util.stream.Stream;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryFollowing;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.inbox.InboxService;
import org.corroborate.inbox.Person;
import org.corroborate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/**
 * Who a story or a figure is assigned to, with a selector to change it (read-only for viewers). Follows the
 * story live, so that an assignment made elsewhere shows here.
 */
@SpringComponent
@Scope("prototype")
@NamedInterface("ui")
public class AssigneeSelect extends Composite<HorizontalLayout> {

    private final InboxService inbox;
    final ComboBox<Person> person = new ComboBox<>();
    private long storyId = -1;
    private @Nullable Long figureId;
    private final StoryFollowing following;

    AssigneeSelect(InboxService inbox, StoryWatch watch) {
        this.inbox = inbox;
        this.following = StoryFollowing.of(watch, StoryChange.Aspect.ASSIGNMENTS, this::refresh);
        person.setLabel(getTranslation("assignment.label"));
        person.setPlaceholder(getTranslation("assignment.nobody"));
        person.setItemLabelGenerator(Person::displayName);
        // asked for when the list is opened, page by page: no copy of everyone in each open page
        person.setItems(query -> assignable(query.getFilter().orElse("")).skip(query.getOffset())
                .limit(query.getLimit()));
        person.setClearButtonVisible(true);
        person.addClassName("assignee");
        person.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                assign(e.getValue());
            }
        });
        getContent().add(person);
    }

    public void forStory(long story) {
        show(story, null);
    }

    public void forFigure(long story, long figure) {
        show(story, figure);
    }

    private void show(long story, @Nullable Long figure) {
        this.storyId = story;
        this.figureId = figure;
        refresh();
        person.setReadOnly(!CurrentUser.canEdit());
        following.story(storyId);
    }

    /** Reads who it is assigned to again. */
    public void refresh() {
        String assignee = inbox.assigneeOf(storyId, figureId).orElse(null);
        person.setValue(assignee == null ? null : inbox.assignable().stream()
                .filter(p -> p.username().equalsIgnoreCase(assignee)).findFirst()
                .orElse(new Person(assignee, assignee)));
    }

    /** Those who can be assigned whose name contains {@code typed} (any case), as the selector filters. */
    private Stream<Person> assignable(String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        return inbox.assignable().stream().filter(p -> p.displayName().toLowerCase(Locale.ROOT).contains(lower));
    }

    /** Assigns to {@code someone} (null: nobody), as if chosen in the selector. */
    void assign(@Nullable Person someone) {
        try {
            inbox.assign(storyId, figureId, someone == null ? null : someone.username());
            Notification.show(someone == null ? getTranslation("assignment.cleared")
                    : getTranslation("assignment.done", someone.displayName()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException refused) {
            Notification.show(getTranslation("assignment.failed"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        following.attached(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.detached();
    }

}
