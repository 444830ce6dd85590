package org.corroborate.inbox.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.corroborate.collaboration.LiveChannel;
import org.corroborate.inbox.InboxService;
import org.corroborate.inbox.InboxWatch;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/** The bell in the shell: how many notifications are unread, recounted live; it opens the notifications. */
@SpringComponent
@Scope("prototype")
@NamedInterface("ui")
public class NotificationBell extends Composite<Button> {

    private final InboxService inbox;
    private final InboxWatch watch;
    final Span count = new Span();
    private LiveChannel.Subscription following;

    NotificationBell(InboxService inbox, InboxWatch watch) {
        this.inbox = inbox;
        this.watch = watch;
        Button bell = getContent();
        bell.setId("notification-bell");
        bell.setIcon(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.addClassName("unread-count");
        count.getElement().getThemeList().add("badge error pill small");
        bell.setSuffixComponent(count);
        bell.addClickListener(e -> bell.getUI().ifPresent(ui -> ui.navigate("notifications")));
    }

    /** Recounts the unread notifications. */
    public void refresh() {
        long unread = inbox.unreadCount();
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        getContent().setAriaLabel(getTranslation("notifications.bell", unread));
        getContent().setTooltipText(getTranslation("notifications.bell", unread));
    }

    /** The unread count shown. */
    public long unread() {
        return count.isVisible() ? Long.parseLong(count.getText()) : 0;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        refresh();
        following = watch.follow(attach.getUI(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (following != null) {
            following.close();
            following = null;
        }
    }
}
