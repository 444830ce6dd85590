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

    @Test
    void theNameBeingTypedAtTheEndIsFoundOnlyWhenItStartsAWord() {
        assertThat(Mentions.typedAtEnd("merci @ed")).isEqualTo("ed");
        assertThat(Mentions.typedAtEnd("merci @")).isEmpty();
        assertThat(Mentions.typedAtEnd("@jean.du")).isEqualTo("jean.du");
        assertThat(Mentions.typedAtEnd("write to editor@exa")).isNull();
        assertThat(Mentions.typedAtEnd("merci @editor ")).isNull();
        assertThat(Mentions.typedAtEnd("no mention")).isNull();
        assertThat(Mentions.typedAtEnd("")).isNull();
    }

    @Test
    void completionsStartWithWhatWasTypedWhateverTheCaseAndAreBounded() {
        var names = java.util.List.of("editor", "eduardo", "factchecker", "jean.dupont");
        assertThat(Mentions.completions("Ed", names, 6)).containsExactly("editor", "eduardo");
        assertThat(Mentions.completions("", names, 2)).containsExactly("editor", "eduardo");
        assertThat(Mentions.completions("x", names, 6)).isEmpty();
    }

    @Test
    void completingReplacesTheTypedNameAndLeavesASpace() {
        assertThat(Mentions.complete("Voir @ed", "editor")).isEqualTo("Voir @editor ");
        assertThat(Mentions.complete("@", "factchecker")).isEqualTo("@factchecker ");
        assertThat(Mentions.in(Mentions.complete("cc @fa", "factchecker"), PEOPLE::contains))
                .containsExactly("factchecker");
    }
}
