package org.corroborate.inbox.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.base.ui.Formats;
import org.corroborate.collaboration.LiveChannel;
import org.corroborate.inbox.InboxService;
import org.corroborate.inbox.InboxWatch;
import org.corroborate.inbox.NotificationRow;

/** The current user's notifications, newest first: each links to its story or figure and can be marked read. */
@Route("notifications")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final InboxService inbox;
    private final InboxWatch watch;
    final Button markAllRead;
    final VerticalLayout list = new VerticalLayout();
    final List<Row> rows = new ArrayList<>();
    private LiveChannel.Subscription following;

    NotificationsView(InboxService inbox, InboxWatch watch) {
        this.inbox = inbox;
        this.watch = watch;
        addClassName("notifications-view");
        markAllRead = new Button(getTranslation("notifications.all-read"), e -> {
            inbox.markAllRead();
            refresh();
        });
        markAllRead.setId("mark-all-read");
        list.setPadding(false);
        add(new HorizontalLayout(new H2(getTranslation("notifications.title")), markAllRead), list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        rows.clear();
        List<NotificationRow> all = inbox.notifications();
        all.forEach(n -> {
            Row row = new Row(n);
            rows.add(row);
            list.add(row);
        });
        if (all.isEmpty()) {
            list.add(new Span(getTranslation("notifications.none")));
        }
        markAllRead.setEnabled(all.stream().anyMatch(n -> !n.read()));
    }

    /** One notification: what happened, a link, and "mark read" while unread. */
    final class Row extends HorizontalLayout {
        final NotificationRow notification;
        final Anchor link;
        final Button markRead;

        Row(NotificationRow n) {
            this.notification = n;
            addClassName("notification");
            if (!n.read()) {
                addClassName("unread");
            }
            setAlignItems(Alignment.BASELINE);
            String what = n.figureQuote() == null ? n.storyTitle() : Formats.quoted(n.figureQuote(), getLocale())
                    + " · " + n.storyTitle();
            link = new Anchor(QueueView.href(n.storyId(), n.figureId()),
                    getTranslation("notification." + n.kind().name(), n.actorName(), what));
            link.getElement().addEventListener("click", e -> inbox.markRead(n.id()));
            Span when = new Span(Formats.dateTime(n.createdAt(), getLocale()));
            when.addClassName("meta");
            markRead = new Button(getTranslation("notifications.mark-read"), e -> {
                inbox.markRead(n.id());
                refresh();
            });
            markRead.setVisible(!n.read());
            add(link, when, markRead);
            if (n.excerpt() != null) {
                Span excerpt = new Span(n.excerpt());
                excerpt.addClassName("meta");
                add(excerpt);
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        following = watch.follow(attach.getUI(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (following != null) {
            following.close();
            following = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · Corroborate";
    }
}
