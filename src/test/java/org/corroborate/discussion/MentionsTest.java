package org.corroborate.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** "@username" of people who exist, and nothing that merely looks like it. */
class MentionsTest {

    private static final Set<String> PEOPLE = Set.of("editor", "factchecker", "jean.dupont");

    @Test
    void mentionsOfPeopleWhoExistAreFoundOnceEachInOrder() {
        assertThat(Mentions.in("@Editor can you check? cc @factchecker, and again @editor.", PEOPLE::contains))
                .containsExactly("editor", "factchecker");
    }

    @Test
    void aNameWithADotIsOneNameAndATrailingDotEndsTheSentence() {
        assertThat(Mentions.in("merci @jean.dupont.", PEOPLE::contains)).containsExactly("jean.dupont");
    }

    @Test
    void unknownNamesAndEmailAddressesAreNotMentions() {
        assertThat(Mentions.in("ask @nobody or write to editor@example.org or a@editor", PEOPLE::contains)).isEmpty();
    }

    @Test
    void theWordsAreCutIntoTextAndMentionsForHighlighting() {
        assertThat(Mentions.parts("Voir @editor et @nobody.", PEOPLE::contains)).containsExactly(
                new Mentions.Part("Voir ", false), new Mentions.Part("@editor", true),
                new Mentions.Part(" et @nobody.", false));
    }
}
