package org.corroborate.evidence.domain;

import java.util.List;

/**
 * A candidate assertion proposed as evidence for a figure.
 *
 * @param assertion the candidate
 * @param score     0..100, higher is more relevant; only comparable within one ranking
 * @param proposed  the relation a fact-checker would most likely choose: supports when the values
 *                  agree, contradicts when they disagree, context for earlier values and for
 *                  candidates whose subject differs
 * @param why       the reasons, in structured form; render with {@link Explanations}
 */
public record Suggestion(StatedAssertion assertion, int score, Relation proposed, List<Message> why) {

    /** The reason of a candidate about another subject. */
    static final String SUBJECT_DIFFERS = "why.subjectDiffers";
    /** The reason of a share, an amount or another count that states no subject on one side, with nothing to tie it (DD028). */
    static final String SUBJECT_NEEDED = "why.subjectNeeded";

    public Suggestion {
        why = List.copyOf(why);
    }

    /**
     * Whether the candidate counts the same thing as the figure (at least two thirds of its subject terms; a toll
     * whose subject one side does not state, DD020; a share or an amount only when tied to it, DD028).
     */
    public boolean sameSubject() {
        return why.stream().noneMatch(m -> m.key().equals(SUBJECT_DIFFERS) || m.key().equals(SUBJECT_NEEDED));
    }
}
