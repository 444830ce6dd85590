package org.corroborate.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.corroborate.RunAs;
import org.corroborate.collaboration.LiveChannel;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.inbox.InboxService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Comments against the real database: threads, authors' rights, mentions, history and live announcements. */
@SpringBootTest
class CommentServiceTest {

    static final String TEXT = "Les frappes ont fait environ 12 morts à Maaret, selon l'OSDH.";

    @Autowired CommentService comments;
    @Autowired InboxService inbox;
    @Autowired StoryService stories;
    @Autowired FigureService figures;
    @Autowired SourceService sources;
    @Autowired SystemAuthentication system;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired LiveChannel channel;
    @Autowired JdbcTemplate jdbc;

    long storyId;

    @BeforeEach
    void aStory() {
        storyId = system.call(() -> stories.create("Comments " + UUID.randomUUID(), "fr", TEXT));
    }

    @Test
    void aReplyIsShownUnderTheCommentItAnswersAndAfterItComesTheNextComment() {
        long first = as("factchecker", Role.FACT_CHECKER, () -> comments.comment(storyId, null, "Source ?"));
        long second = as("editor", Role.EDITOR, () -> comments.comment(storyId, null, "Titre à revoir"));
        long reply = as("editor", Role.EDITOR, () -> comments.reply(first, "L'OSDH, dépêche AFP"));
        long replyToReply = as("factchecker", Role.FACT_CHECKER, () -> comments.reply(reply, "Merci"));

        List<CommentRow> thread = as("viewer", Role.VIEWER, () -> comments.onStory(storyId)).comments();

        assertThat(thread).extracting(CommentRow::id).containsExactly(first, reply, replyToReply, second);
        assertThat(thread).extracting(CommentRow::depth).containsExactly(0, 1, 2, 0);
        assertThat(thread.get(1).parentId()).isEqualTo(first);
        assertThat(thread.get(1).authorName()).isNotBlank();
    }

    @Test
    void commentsOnAFigureAreItsOwnThreadApartFromTheStorys() {
        long figureId = figure();
        as("factchecker", Role.FACT_CHECKER, () -> comments.comment(storyId, null, "Sur l'article"));
        as("factchecker", Role.FACT_CHECKER, () -> comments.comment(storyId, figureId, "Sur le chiffre"));

        Discussion onFigure = as("viewer", Role.VIEWER, () -> comments.onFigure(figureId));
        Discussion onStory = as("viewer", Role.VIEWER, () -> comments.onStory(storyId));

        assertThat(onFigure.storyId()).isEqualTo(storyId);
        assertThat(onFigure.comments()).extracting(CommentRow::body).containsExactly("Sur le chiffre");
        assertThat(onStory.comments()).extracting(CommentRow::body).containsExactly("Sur l'article");
    }

    @Test
    void onlyItsAuthorEditsACommentAndAnotherPersonsEditChangesNothing() {
        long id = as("factchecker", Role.FACT_CHECKER, () -> comments.comment(storyId, null, "Premier jet"));

        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> comments.edit(id, "Réécrit par un autre")))
                .isInstanceOfSatisfying(CommentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommentRefusedException.Reason.NOT_AUTHOR));
        assertThat(only().body()).isEqualTo("Premier jet");

        as("factchecker", Role.FACT_CHECKER, () -> comments.edit(id, "Version corrigée"));

        CommentRow edited = only();
        assertThat(edited.body()).isEqualTo("Version corrigée");
        assertThat(edited.editedAt()).isNotNull();
    }

    @Test
    void onlyItsAuthorDeletesACommentAndADeletedCommentWithRepliesStaysAsDeleted() {
        long withReply = as("factchecker", Role.FACT_CHECKER, () -> comments.comment(storyId, null, "A"));
        long alone = as("factchecker", Role.FACT_CHECKER, () -> comments.comment(storyId, null, "B"));
        as("editor", Role.EDITOR, () -> comments.reply(withReply, "Réponse"));

        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> comments.delete(alone)))
                .isInstanceOf(CommentRefusedException.class);
        as("factchecker", Role.FACT_CHECKER, () -> comments.delete(withReply));
        as("factchecker", Role.FACT_CHECKER, () -> comments.delete(alone));

        List<CommentRow> thread = as("viewer", Role.VIEWER, () -> comments.onStory(storyId)).comments();
        assertThat(thread).extracting(CommentRow::id).doesNotContain(alone);
        assertThat(thread.get(0).id()).isEqualTo(withReply);
        assertThat(thread.get(0).deleted()).isTrue();
        assertThat(thread.get(0).body()).isEmpty();
        assertThat(thread.get(1).body()).isEqualTo("Réponse");
    }

    @Test
    void aViewerCannotComment() {
        assertThatThrownBy(() -> as("viewer", Role.VIEWER, () -> comments.comment(storyId, null, "Je lis seulement")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("viewer", Role.VIEWER, () -> comments.onStory(storyId)).comments()).isEmpty();
    }

    @Test
    void anEmptyCommentIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> as("factchecker", Role.FACT_CHECKER, () -> comments.comment(storyId, null, "  ")))
                .isInstanceOfSatisfying(CommentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommentRefusedException.Reason.EMPTY));
        assertThat(jdbc.queryForObject("select count(*) from comment where story_id = ?", Long.class, storyId)).isZero();
    }

    @Test
    void mentioningSomeoneHighlightsTheNameAndNotifiesThemOnce() {
        long editorUnread = as("editor", Role.EDITOR, () -> inbox.unreadCount());
        long adminUnread = as("admin", Role.ADMIN, () -> inbox.unreadCount());

        long id = as("factchecker", Role.FACT_CHECKER,
                () -> comments.comment(storyId, null, "@editor peux-tu vérifier ? (pas @personne)"));
        as("factchecker", Role.FACT_CHECKER, () -> comments.edit(id, "@editor peux-tu vérifier, stp ?"));

        assertThat(as("editor", Role.EDITOR, () -> inbox.unreadCount())).isEqualTo(editorUnread + 1);
        assertThat(as("admin", Role.ADMIN, () -> inbox.unreadCount())).isEqualTo(adminUnread);
        assertThat(only().parts()).contains(new Mentions.Part("@editor", true));
        assertThat(as("editor", Role.EDITOR, () -> inbox.notifications()).get(0).excerpt())
                .isEqualTo("@editor peux-tu vérifier ? (pas @personne)");
    }

    @Test
    void everyCommentChangeIsInTheStorysHistory() {
        long id = as("factchecker", Role.FACT_CHECKER, () -> comments.comment(storyId, null, "Avant"));
        as("factchecker", Role.FACT_CHECKER, () -> comments.edit(id, "Après"));
        as("factchecker", Role.FACT_CHECKER, () -> comments.delete(id));

        List<String> lines = jdbc.queryForList("""
                select action || ':' || coalesce(before_value, '-') || '>' || coalesce(after_value, '-') || ':' || changed_by
                from change_log where story_id = ? and entity_type = 'COMMENT' and entity_id = ? order by id""",
                String.class, storyId, id);
        assertThat(lines).containsExactly("COMMENTED:->Avant:factchecker", "EDITED:Avant>Après:factchecker",
                "DELETED:Après>-:factchecker");
    }

    @Test
    void aCommentIsAnnouncedOnItsStoryOnceCommitted() throws Exception {
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (LiveChannel.Subscription ignored = channel.subscribe(StoryWatch.topic(storyId), heard::add)) {
            long id = as("factchecker", Role.FACT_CHECKER, () -> comments.comment(storyId, null, "Annoncé"));

            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("comment:" + id);
            assertThat(StoryChange.read("comment:" + id)).isEqualTo(new StoryChange.CommentChanged(id, null));
        }
    }

    private CommentRow only() {
        List<CommentRow> thread = as("viewer", Role.VIEWER, () -> comments.onStory(storyId)).comments();
        assertThat(thread).hasSize(1);
        return thread.get(0);
    }

    private long figure() {
        String quote = "environ 12 morts";
        return system.call(() -> figures.anchor(storyId, TEXT, TEXT.indexOf(quote), quote,
                Quantity.of(Qualifier.APPROXIMATE, new BigDecimal("12"), new BigDecimal("12"), null),
                new Measure(QuantityKind.DEATHS, "à Maaret", null, null), sources.findByKey("sohr").orElseThrow()));
    }

    private void as(String user, Role role, Runnable work) {
        RunAs.as(security, user, role, work);
    }

    private <T> T as(String user, Role role, Supplier<T> work) {
        return RunAs.as(security, user, role, work);
    }
}
