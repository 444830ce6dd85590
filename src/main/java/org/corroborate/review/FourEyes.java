package org.corroborate.review;

import java.util.Optional;
import org.corroborate.story.Refusal;
import org.jspecify.annotations.Nullable;

/** The person who signs a figure off is not the person who last changed what it rests on: evidence or value. */
public final class FourEyes {

    private FourEyes() {
    }

    /**
     * FOUR_EYES when {@code approver} is the last one who changed the figure's evidence, FOUR_EYES_VALUE when
     * they last corrected or restored its value.
     */
    public static Optional<Refusal> check(String approver, @Nullable String lastEvidenceChanger,
            @Nullable String lastValueEditor) {
        return check(approver, lastEvidenceChanger).or(() -> approver.equalsIgnoreCase(
                lastValueEditor == null ? "" : lastValueEditor) ? Optional.of(Refusal.FOUR_EYES_VALUE)
                : Optional.empty());
    }

    /** FOUR_EYES when {@code approver} is the last one who changed the figure's evidence. */
    public static Optional<Refusal> check(String approver, @Nullable String lastEvidenceChanger) {
        return approver.equalsIgnoreCase(lastEvidenceChanger == null ? "" : lastEvidenceChanger)
                ? Optional.of(Refusal.FOUR_EYES) : Optional.empty();
    }
}
