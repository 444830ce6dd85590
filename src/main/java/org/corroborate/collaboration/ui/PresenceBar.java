package org.corroborate.collaboration.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.corroborate.base.ui.Formats;
import org.corroborate.collaboration.Presence;
import org.corroborate.collaboration.PresenceService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/**
 * Who else has the story open and which figure each is on. The story view tells it where this tab is
 * ({@link #at}) and when presence changed ({@link #refresh}); it says goodbye when the tab goes away.
 */
@SpringComponent
@Scope("prototype")
@NamedInterface("ui")
public class PresenceBar extends Composite<HorizontalLayout> {

    private final PresenceService presence;
    final AvatarGroup avatars = new AvatarGroup();
    final Span names = new Span();
    private long storyId;
    private @Nullable Long figureId;
    private String sessionKey;
    private Registration heartbeat;
    /** The names the avatars show. */
    private List<String> shownPeople = List.of();
    /** How many people the line under the avatars names, with where each is (the avatars count them all). */
    static final int NAMED = 5;

    PresenceBar(PresenceService presence) {
        this.presence = presence;
        getContent().addClassName("presence-bar");
        getContent().setAlignItems(HorizontalLayout.Alignment.CENTER);
        avatars.setMaxItemsVisible(6);
        // The group names itself ("2 others here"): a named group, in the reader's language.
        avatars.getElement().setAttribute("role", "group");
        AvatarGroup.AvatarGroupI18n i18n = new AvatarGroup.AvatarGroupI18n();
        i18n.setAnonymous(getTranslation("presence.anonymous"));
        i18n.setOneActiveUser(getTranslation("presence.active.one"));
        i18n.setManyActiveUsers(getTranslation("presence.active.many"));
        avatars.setI18n(i18n);
        names.addClassName("meta");
        getContent().add(avatars, names);
    }

    /** This tab is on the story, on a figure or none. */
    public void at(long story, @Nullable Long figure) {
        this.storyId = story;
        this.figureId = figure;
        if (sessionKey != null) {
            presence.at(sessionKey, storyId, figureId);
        }
    }

    /** Re-reads who else is here. */
    public void refresh() {
        if (sessionKey == null) {
            return;
        }
        List<Presence> others = presence.others(storyId, sessionKey);
        List<String> people = others.stream().map(Presence::displayName).toList();
        if (!people.equals(shownPeople)) { // who is here changes less often than where they are
            shownPeople = people;
            avatars.setItems(people.stream().map(AvatarGroupItem::new).toList());
        }
        String where = String.join(", ", others.stream().limit(NAMED)
                .map(p -> p.figureQuote() == null ? p.displayName()
                        : getTranslation("presence.on", p.displayName(),
                                Formats.quoted(p.figureQuote(), getLocale()))).toList());
        if (others.size() > NAMED) {
            where = getTranslation("presence.more", where, others.size() - NAMED);
        }
        names.setText(others.isEmpty() ? "" : getTranslation("presence.here", where));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        sessionKey = VaadinSession.getCurrent().getSession().getId() + ":" + ui.getUIId();
        ui.setPollInterval((int) PresenceService.HEARTBEAT.toMillis());
        heartbeat = ui.addPollListener(poll -> presence.stillHere(sessionKey));
        presence.at(sessionKey, storyId, figureId);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (heartbeat != null) {
            heartbeat.remove();
        }
        presence.left(sessionKey);
        sessionKey = null;
    }
}
