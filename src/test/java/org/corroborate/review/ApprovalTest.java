package org.corroborate.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.corroborate.story.Refusal;
import org.junit.jupiter.api.Test;

class ApprovalTest {

    private static final Instant T0 = Instant.parse("2019-12-24T10:00:00Z");

    @Test
    void approvalLapsesWhenWhatTheFigureRestsOnChanges() {
        Approval approval = new Approval(1, 2);
        approval.approve("environ 260 morts selon l'OSDH", "editor", T0, "12:SUPPORTS|≈260|3|SINGLE_SOURCE");

        boolean lapsed = approval.lapseIfChanged("12:SUPPORTS,40:SUPPORTS|≈260|3|CORROBORATED", "factchecker",
                T0.plusSeconds(60));

        assertThat(lapsed).isTrue();
        assertThat(approval.getDecision()).isEqualTo(Decision.LAPSED);
        assertThat(approval.getLapsedBy()).isEqualTo("factchecker");
        assertThat(approval.getDecidedBy()).isEqualTo("editor");
    }

    @Test
    void approvalStandsWhenOnlyTheStandingWasRecomputedToTheSameResult() {
        Approval approval = new Approval(1, 2);
        approval.approve("about 260 deaths", "editor", T0, "12:SUPPORTS|≈260|3|SINGLE_SOURCE");

        assertThat(approval.lapseIfChanged("12:SUPPORTS|≈260|3|SINGLE_SOURCE", "system", T0)).isFalse();
        assertThat(approval.getDecision()).isEqualTo(Decision.APPROVED);
    }

    @Test
    void aRejectionNeedsAReason() {
        Approval approval = new Approval(1, 2);

        assertThatThrownBy(() -> approval.reject("  ", "editor", T0, "x"))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.TEXT_REQUIRED));
        assertThat(approval.getDecision()).isNull();
    }

    @Test
    void approvingAgainAfterALapseMakesTheFigureApprovedWithTheNewWording() {
        Approval approval = new Approval(1, 2);
        approval.approve("260 morts", "editor", T0, "a");
        approval.lapseIfChanged("b", "factchecker", T0);

        approval.approve("environ 260 morts", "admin", T0, "b");

        assertThat(approval.getDecision()).isEqualTo(Decision.APPROVED);
        assertThat(approval.getWording()).isEqualTo("environ 260 morts");
        assertThat(approval.getLapsedBy()).isNull();
    }
}
