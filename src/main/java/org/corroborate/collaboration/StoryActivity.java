package org.corroborate.collaboration;

import org.corroborate.evidence.EvidenceChanged;
import org.corroborate.review.FigureDecided;
import org.corroborate.story.StoryStateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Announces on "story:ID" whatever changes a story's figures or the editors' decisions on them, in the transaction that changes it (so the
 * announcement goes out on commit, and not at all on rollback).
 */
@Component
class StoryActivity {

    private final LiveChannel channel;

    StoryActivity(LiveChannel channel) {
        this.channel = channel;
    }

    /** The message that says presence on the story changed. */
    static final String PRESENCE = "presence";

    static String topic(long storyId) {
        return "story:" + storyId;
    }

    /** The message that says the story's editorial state changed. */
    static final String STATE = "state";

    @EventListener
    void on(StoryStateChanged changed) {
        channel.announce(topic(changed.storyId()), STATE);
    }

    @EventListener
    void on(EvidenceChanged changed) {
        channel.announce(topic(changed.storyId()), "figure:" + changed.figureId());
    }

    @EventListener
    void on(FigureDecided decided) {
        channel.announce(topic(decided.storyId()), "figure:" + decided.figureId());
    }
}
