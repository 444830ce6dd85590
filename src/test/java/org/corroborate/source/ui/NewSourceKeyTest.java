package org.corroborate.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.corroborate.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Registering a source with a long name, the fact-checker may give it a short key, and is told which key it got. */
@SpringBootTest
@WithUserDetails("factchecker")
class NewSourceKeyTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sources;

    @Test
    void aShortKeyGivenIsTheSourcesKey() {
        String key = "ingd-" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> created = new ArrayList<>();
        NewSourceDialog dialog = new NewSourceDialog(sources,
                "Instituto Nacional de Gestão e Redução do Risco de Desastres " + key, created::add);
        UI.getCurrent().add(dialog);
        dialog.open();
        dialog.form.kind.setValue(sources.kinds().getFirst());

        dialog.key.setValue(key);
        test(dialog.save).click();

        assertThat(created).hasSize(1);
        assertThat(sources.details(created.getFirst()).orElseThrow().key()).isEqualTo(key);
    }

    /** Walk F40: left empty, the key was the 59-character slug of the Portuguese name, so "ingd" named nothing. */
    @Test
    void withoutAKeyTheSourceGetsItsAcronymAsKey() {
        String acronym = "INGD" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        List<Long> created = new ArrayList<>();
        NewSourceDialog dialog = new NewSourceDialog(sources,
                "Instituto Nacional de Gestão e Redução do Risco de Desastres (" + acronym + ")", created::add);
        UI.getCurrent().add(dialog);
        dialog.open();
        dialog.form.kind.setValue(sources.kinds().getFirst());

        test(dialog.save).click();

        assertThat(created).hasSize(1);
        assertThat(sources.details(created.getFirst()).orElseThrow().key()).isEqualTo(acronym.toLowerCase(Locale.ROOT));
    }

    @Test
    void anInvalidKeyIsRefusedOnTheKeyField() {
        NewSourceDialog dialog = new NewSourceDialog(sources, "Some agency " + UUID.randomUUID(), id -> { });
        UI.getCurrent().add(dialog);
        dialog.open();
        dialog.form.kind.setValue(sources.kinds().getFirst());

        dialog.key.setValue("Not A Key!");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.key.isInvalid()).isTrue();
    }
}
