package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class SourceRepositoryTest {

    @Autowired
    SourceRepository sources;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aSourceRoundTripsWithItsAliases() {
        String key = "test-" + UUID.randomUUID();
        Source saved = tx.execute(s -> {
            Source source = new Source(key, "Observatoire de test", "monitor", true, Reliability.C);
            source.addAliases(List.of("ODT", "Test Observatory"));
            return sources.save(source);
        });

        Source loaded = tx.execute(s -> {
            Source found = sources.findByKey(key).orElseThrow();
            found.getAliases();
            return found;
        });

        assertThat(loaded.getId()).isEqualTo(saved.getId());
        assertThat(loaded.getName()).isEqualTo("Observatoire de test");
        assertThat(loaded.isParty()).isTrue();
        assertThat(loaded.getReliability()).isEqualTo(Reliability.C);
        assertThat(loaded.getAliases()).containsExactlyInAnyOrder("ODT", "Test Observatory");
    }

    @Test
    void savingAChangeBumpsTheVersionAndAStaleCopyIsRefused() {
        String key = "test-" + UUID.randomUUID();
        Source original = tx.execute(s -> sources.save(new Source(key, "Versioned", "media", false, Reliability.B)));
        long firstVersion = original.getVersion();

        Source changed = tx.execute(s -> {
            Source fresh = sources.findById(original.getId()).orElseThrow();
            fresh.grade(Reliability.A, "confirmed over years");
            return fresh;
        });

        assertThat(changed.getVersion()).isEqualTo(firstVersion + 1);
        original.grade(Reliability.E, "stale edit");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> sources.save(original)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
