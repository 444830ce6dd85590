package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.corroborate.source.InvalidSourceException.Field;
import org.corroborate.source.InvalidSourceException.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Registering, editing and merging sources on the real database, with the demo sources loaded. */
@SpringBootTest
@RecordApplicationEvents
@WithUserDetails("editor")
class SourceServiceTest {

    @Autowired
    SourceService sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aSourceWithoutNameOrKindIsRefusedWithAMessageForEachAndNothingIsStored() {
        long before = countSources();

        assertThatThrownBy(() -> sources.create(new SourceDraft("  ", "", false, Reliability.C, null, List.of())))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple(Field.NAME, "source.error.name-required"),
                                org.assertj.core.groups.Tuple.tuple(Field.KIND, "source.error.kind-required")))
                .hasMessageContaining("A source needs a name.");
        assertThat(countSources()).isEqualTo(before);
    }

    @Test
    void anAliasThatAlreadyNamesAnotherSourceIsRefusedNamingThatSource() {
        SourceDraft draft = draft("Observatoire bis " + unique, List.of("l’OSDH"));

        assertThatThrownBy(() -> sources.create(draft))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo(Field.ALIASES);
                            assertThat(p.arguments()).containsExactly("l’OSDH",
                                    "Observatoire syrien des droits de l'homme");
                        }));
    }

    @Test
    void aGivenKeyThatIsAlreadyTakenIsRefused() {
        assertThatThrownBy(() -> sources.create("sohr", draft("Key clash " + unique, List.of())))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("source.error.key-taken"));
    }

    @Test
    void aNewSourceGetsAKeyFromItsNameAndItsAliasesTrimmedAndDeduplicated() {
        String name = "Agence Étoile " + unique;

        SourceDetails created = sources.create(draft(name,
                List.of("  AE-" + unique + " ", "ae-" + unique.toUpperCase(), "", name.toUpperCase(), "Étoile")));

        assertThat(created.key()).isEqualTo("agence-etoile-" + unique);
        assertThat(created.aliases()).containsExactly("AE-" + unique, "Étoile");
    }

    @Test
    void editingChangesTheSourceAndBumpsItsVersion() {
        SourceDetails created = sources.create(draft("Versioned " + unique, List.of("V1-" + unique)));

        SourceDetails edited = sources.edit(created.id(), created.version(), new SourceDraft("Renamed " + unique,
                "news agency", true, Reliability.A, "checked over years", List.of("V2-" + unique)));

        assertThat(edited.version()).isEqualTo(created.version() + 1);
        assertThat(edited.name()).isEqualTo("Renamed " + unique);
        assertThat(edited.kind()).isEqualTo("news agency");
        assertThat(edited.party()).isTrue();
        assertThat(edited.reliability()).isEqualTo(Reliability.A);
        assertThat(edited.reliabilityNote()).isEqualTo("checked over years");
        assertThat(edited.aliases()).containsExactly("V2-" + unique);
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefusedAndChangesNothing() {
        SourceDetails created = sources.create(draft("Stale " + unique, List.of()));
        sources.edit(created.id(), created.version(), SourceDraft.of(created).withReliability(Reliability.B));

        assertThatThrownBy(() -> sources.edit(created.id(), created.version(),
                SourceDraft.of(created).withReliability(Reliability.E)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(sources.details(created.id()).orElseThrow().reliability()).isEqualTo(Reliability.B);
    }

    @Test
    void mergingMovesEveryReportAssertionRelayAndFigureToTheSurvivor() {
        long survivor = sources.create(draft("Survivor " + unique, List.of())).id();
        long duplicate = sources.create(draft("Duplicate " + unique, List.of())).id();
        References refs = referencesTo(duplicate);

        sources.merge(survivor, duplicate);

        assertThat(jdbc.queryForObject("select publisher_id from report where id = ?", Long.class, refs.report))
                .isEqualTo(survivor);
        assertThat(jdbc.queryForObject("select origin_id from assertion where id = ?", Long.class, refs.assertion))
                .isEqualTo(survivor);
        assertThat(jdbc.queryForObject("select source_id from assertion_via where assertion_id = ?", Long.class,
                refs.assertion)).isEqualTo(survivor);
        assertThat(jdbc.queryForObject("select attributed_source_id from figure where id = ?", Long.class,
                refs.figure)).isEqualTo(survivor);
        assertThat(sources.details(duplicate)).isEmpty();
    }

    @Test
    void mergingMakesTheMergedNameAndAliasesAliasesOfTheSurvivor() {
        long survivor = sources.create(draft("Keeper " + unique, List.of("K-" + unique))).id();
        long duplicate = sources.create(draft("Twin " + unique, List.of("T-" + unique, "k-" + unique + "x"))).id();

        SourceDetails merged = sources.merge(survivor, duplicate);

        assertThat(merged.aliases()).containsExactlyInAnyOrder("K-" + unique, "Twin " + unique, "T-" + unique,
                "k-" + unique + "x");
        assertThat(sources.resolve("Twin " + unique)).map(SourceRef::id).contains(survivor);
    }

    @Test
    void aSourceCannotBeMergedIntoItselfAndNothingMoves() {
        long source = sources.create(draft("Alone " + unique, List.of())).id();
        References refs = referencesTo(source);

        assertThatThrownBy(() -> sources.merge(source, source)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("itself");

        assertThat(sources.usage(source)).isEqualTo(new SourceUsage(1, 1, 1, 1));
        assertThat(jdbc.queryForObject("select version from report where id = ?", Long.class, refs.report))
                .isZero();
    }

    @Test
    void aMergeIntoAMissingSourceIsRefusedAndLeavesEveryReferenceInPlace() {
        long duplicate = sources.create(draft("Orphan " + unique, List.of())).id();
        referencesTo(duplicate);

        assertThatThrownBy(() -> sources.merge(Long.MAX_VALUE, duplicate))
                .isInstanceOf(java.util.NoSuchElementException.class);

        assertThat(sources.details(duplicate)).isPresent();
        assertThat(sources.usage(duplicate)).isEqualTo(new SourceUsage(1, 1, 1, 1));
    }

    @Test
    void whenTheMergedSourceCannotBeDeletedNoReferenceHasMovedAndTheSurvivorIsUnchanged() {
        SourceDetails survivor = sources.create(draft("Holder " + unique, List.of()));
        long duplicate = sources.create("refuse-delete-" + unique, draft("Stuck " + unique, List.of("S-" + unique)))
                .id();
        referencesTo(duplicate);
        // Stands for whatever else may come to refer to a source: the database refuses the delete at the very end.
        jdbc.execute("""
                create or replace function refuse_test_source_delete() returns trigger language plpgsql as $$
                begin
                    if old.key like 'refuse-delete-%' then raise exception 'still referenced'; end if;
                    return old;
                end $$""");
        jdbc.execute("drop trigger if exists refuse_test_source_delete on source");
        jdbc.execute("create trigger refuse_test_source_delete before delete on source for each row"
                + " execute function refuse_test_source_delete()");
        try {
            assertThatThrownBy(() -> sources.merge(survivor.id(), duplicate))
                    .isInstanceOf(org.springframework.dao.DataAccessException.class);
        } finally {
            jdbc.execute("drop trigger if exists refuse_test_source_delete on source");
        }

        assertThat(sources.usage(duplicate)).isEqualTo(new SourceUsage(1, 1, 1, 1));
        assertThat(sources.usage(survivor.id())).isEqualTo(new SourceUsage(0, 0, 0, 0));
        assertThat(sources.details(survivor.id()).orElseThrow()).isEqualTo(survivor);
        assertThat(sources.resolve("S-" + unique)).map(SourceRef::id).contains(duplicate);
    }

    @Test
    void everyChangePublishesTheSourceThatChangedAndAMergeAlsoTheMergedOne() {
        SourceDetails a = sources.create(draft("Event A " + unique, List.of()));
        SourceDetails b = sources.create(draft("Event B " + unique, List.of()));
        sources.edit(a.id(), a.version(), SourceDraft.of(a).withReliability(Reliability.A));

        sources.merge(a.id(), b.id());

        assertThat(events.stream(SourceChanged.class)).containsExactly(new SourceChanged(a.id()),
                new SourceChanged(b.id()), new SourceChanged(a.id()), new SourceChanged(a.id(), b.id()));
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerCannotRegisterASource() {
        assertThatThrownBy(() -> sources.create(draft("Viewer's " + unique, List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("factchecker")
    void aFactCheckerMayRegisterButNotMergeSources() {
        long a = sources.create(draft("FC A " + unique, List.of())).id();
        long b = sources.create(draft("FC B " + unique, List.of())).id();

        assertThatThrownBy(() -> sources.merge(a, b)).isInstanceOf(AccessDeniedException.class);
        assertThat(sources.details(b)).isPresent();
    }

    private SourceDraft draft(String name, List<String> aliases) {
        return new SourceDraft(name, "media", false, Reliability.C, null, aliases);
    }

    private long countSources() {
        return jdbc.queryForObject("select count(*) from source", Long.class);
    }

    private record References(long report, long assertion, long figure) {
    }

    /** A report the source published, stating a figure it is the origin and relay of, and a story figure attributed to it. */
    private References referencesTo(long source) {
        long story = jdbc.queryForObject("insert into story (title, language, body) values (?, 'fr', ?) returning id",
                Long.class, "Merge " + unique, "Au moins 12 morts.");
        long report = jdbc.queryForObject("""
                insert into report (publisher_id, published_at, language, title, body)
                values (?, now(), 'fr', ?, 'Au moins 12 morts.') returning id""", Long.class, source, "Merge " + unique);
        long assertion = jdbc.queryForObject("""
                insert into assertion (report_id, position, quote, start_offset, end_offset, origin_id, qualifier,
                                       low, kind, published_at)
                values (?, 0, 'Au moins 12 morts', 0, 17, ?, 'AT_LEAST', 12, 'DEATHS', now()) returning id""", Long.class,
                report, source);
        jdbc.update("insert into assertion_via (assertion_id, position, source_id) values (?, 0, ?)", assertion, source);
        long figure = jdbc.queryForObject("""
                insert into figure (story_id, start_offset, end_offset, quote, qualifier, low, kind, attributed_source_id)
                values (?, 0, 17, 'Au moins 12 morts', 'AT_LEAST', 12, 'DEATHS', ?) returning id""", Long.class,
                story, source);
        return new References(report, assertion, figure);
    }
}
