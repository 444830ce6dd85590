package org.corroborate.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.corroborate.source.Reliability;
import org.corroborate.source.SourceDetails;
import org.corroborate.source.SourceDraft;
import org.corroborate.source.SourceService;
import org.corroborate.source.SourceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class SourceViewsTest extends SpringBrowserlessTest {

    private static final List<String> DEMO_KEYS = List.of("sohr", "syrian-army", "sana", "ocha", "un", "unicef",
            "turkish-presidency", "turkish-state-media", "afp", "ap", "dpa", "rfi", "xinhua", "tass", "al-jazeera",
            "al-arabiya", "france24", "la-croix");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SourceService sources;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @WithUserDetails("factchecker")
    void theListShowsTheEighteenDemoSources() {
        SourceListView list = navigate(SourceListView.class);

        assertThat(rows(list)).extracting(SourceSummary::key).containsAll(DEMO_KEYS);
    }

    @Test
    @WithUserDetails("factchecker")
    void filteringByAnAliasFindsTheSourceItBelongsTo() {
        SourceListView list = navigate(SourceListView.class);

        test(list.filter).setValue("SOHR");

        assertThat(rows(list)).extracting(SourceSummary::key).containsExactly("sohr");
    }

    @Test
    @WithUserDetails("factchecker")
    void filteringIgnoresAccents() {
        SourceListView list = navigate(SourceListView.class);

        test(list.filter).setValue("presidence TURQUE");

        assertThat(rows(list)).extracting(SourceSummary::key).containsExactly("turkish-presidency");
    }

    @Test
    @WithUserDetails("factchecker")
    void aFactCheckerRegistersASourceThroughTheDialogAndLandsOnIt() {
        NewSourceDialog dialog = openNewSourceDialog();
        test(dialog.form.name).setValue("Réseau de test " + unique);
        dialog.form.kind.setValue("monitor");
        test(dialog.form.reliability).selectItem("C · fairly reliable");
        test(dialog.form.aliases).setValue("RDT-" + unique + "\n\nrdt-" + unique);

        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(SourceView.class);
        assertThat(jdbc.queryForList("select a.alias from source s join source_alias a on a.source_id = s.id"
                + " where s.name = ?", String.class, "Réseau de test " + unique)).containsExactly("RDT-" + unique);
    }

    @Test
    @WithUserDetails("factchecker")
    void anEmptyNameIsRefusedWithAMessageOnTheNameField() {
        long before = jdbc.queryForObject("select count(*) from source", Long.class);
        NewSourceDialog dialog = openNewSourceDialog();
        dialog.form.kind.setValue("monitor");

        test(dialog.save).click();

        assertThat(dialog.form.name.isInvalid()).isTrue();
        assertThat(dialog.form.name.getErrorMessage()).isEqualTo("A source needs a name.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from source", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("factchecker")
    void anAliasOfAnotherSourceIsRefusedOnTheAliasesFieldNamingThatSource() {
        NewSourceDialog dialog = openNewSourceDialog();
        test(dialog.form.name).setValue("Doublon " + unique);
        dialog.form.kind.setValue("monitor");
        test(dialog.form.aliases).setValue("OSDH");

        test(dialog.save).click();

        assertThat(dialog.form.aliases.isInvalid()).isTrue();
        assertThat(dialog.form.aliases.getErrorMessage())
                .isEqualTo("\"OSDH\" already names Observatoire syrien des droits de l'homme.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerSeesNoNewSourceButtonAndNoEditForm() {
        SourceListView list = navigate(SourceListView.class);
        assertThat(list.newSource.isVisible()).isFalse();

        SourceView view = navigate(SourceView.class, idOf("sohr"));

        assertThat(view.form).isNull();
        assertThat($(SourceForm.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("factchecker")
    void aFactCheckerSavesANewGradeAndSeesIt() {
        SourceDetails created = sources.create(draft("Grade me " + unique));
        SourceView view = navigate(SourceView.class, created.id());

        test(view.form.reliability).selectItem("A · completely reliable");
        test(view.save).click();

        assertThat(sources.details(created.id()).orElseThrow().reliability()).isEqualTo(Reliability.A);
        assertThat(view.summary.getElement().getTextRecursively()).contains("completely reliable");
    }

    @Test
    @WithUserDetails("factchecker")
    void savingOverSomeoneElsesChangeIsRefusedAndReloadShowsTheirVersion() {
        SourceDetails created = sources.create(draft("Contested " + unique));
        SourceView view = navigate(SourceView.class, created.id());
        sources.edit(created.id(), created.version(), SourceDraft.of(created).withReliability(Reliability.B));

        test(view.form.reliability).selectItem("E · unreliable");
        test(view.save).click();

        ConfirmDialog stale = $(ConfirmDialog.class).single();
        assertThat(sources.details(created.id()).orElseThrow().reliability()).isEqualTo(Reliability.B);
        test(stale).confirm();
        assertThat(view.form.reliability.getValue()).isEqualTo(Reliability.B);
    }

    @Test
    @WithUserDetails("factchecker")
    void aFactCheckerCannotMerge() {
        SourceView view = navigate(SourceView.class, idOf("sohr"));

        assertThat(view.merge.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("editor")
    void anEditorMergesADuplicateAfterSeeingWhatMovesAndLandsOnTheSurvivor() {
        SourceDetails survivor = sources.create(draft("Stays " + unique));
        SourceDetails duplicate = sources.create(draft("Goes " + unique));
        SourceView view = navigate(SourceView.class, duplicate.id());

        test(view.merge).click();
        MergeDialog dialog = (MergeDialog) $(Dialog.class).single();
        test(dialog.survivor).selectItem("Stays " + unique);
        assertThat(dialog.consequences.getText()).contains("\"Goes " + unique + "\" will be deleted",
                "its 0 reports published");
        test(dialog.merge).click();

        assertThat(((SourceView) getCurrentView()).form.name.getValue()).isEqualTo("Stays " + unique);
        assertThat(sources.details(duplicate.id())).isEmpty();
        assertThat(sources.details(survivor.id()).orElseThrow().aliases()).contains("Goes " + unique);
    }

    private NewSourceDialog openNewSourceDialog() {
        SourceListView list = navigate(SourceListView.class);
        test(list.newSource).click();
        return (NewSourceDialog) $(Dialog.class).single();
    }

    private List<SourceSummary> rows(SourceListView list) {
        var grid = test(list.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private long idOf(String key) {
        return jdbc.queryForObject("select id from source where key = ?", Long.class, key);
    }

    private static SourceDraft draft(String name) {
        return new SourceDraft(name, "media", false, Reliability.C, null, List.of());
    }
}
