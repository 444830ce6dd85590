package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Attributions as written in stories and reports, resolved against the demo sources. */
@SpringBootTest
@WithUserDetails("factchecker")
class SourceResolutionTest {

    @Autowired
    SourceService sources;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            l'OSDH                                      | sohr
            l’OSDH                                      | sohr
            OSDH                                        | sohr
            de l'OSDH                                   | sohr
            the Syrian Observatory                      | sohr
            Syrian Observatory for Human Rights         | sohr
            l'Observatoire                              | sohr
            l'Observatoire syrien des droits de l'homme | sohr
            L'OBSERVATOIRE SYRIEN DES DROITS DE L’HOMME | sohr
            Nations unies                               | un
            les Nations Unies                           | un
            l'ONU                                       | un
            the Syrian army                             | syrian-army
            l'Armee arabe syrienne                      | syrian-army
            SANA                                        | sana
            Agence France-Presse                        | afp
            agence france presse                        | afp
            the UN Office for the Coordination of Humanitarian Affairs (OCHA) | ocha
            the agency (OCHA)                           | ocha
            Bureau de la coordination des affaires humanitaires (Ocha) | ocha
            a spokesman for the Syrian army             | syrian-army
            the country's state news agency SANA        | sana
            samedi l'Organisation des Nations unies     | un
            """)
    void aMentionResolvesToTheSourceItNames(String mention, String key) {
        assertThat(sources.resolve(mention)).map(SourceRef::key).contains(key);
    }

    @ParameterizedTest(name = "\"{0}\" is no one")
    @ValueSource(strings = {"UNICEF said", "the Syrian", "Syrian Arab", "l'", "", "Observatory", "Nations"})
    void aMentionThatNamesNoSourceOrSeveralResolvesToNothing(String mention) {
        assertThat(sources.resolve(mention)).isEmpty();
    }

    @Test
    void anExactNameWinsOverTheStartOfAnotherSourcesName() {
        long exact = sources.create(draft("Zorglub Agency " + unique, List.of())).id();
        sources.create(draft("Zorglub Agency " + unique + " Europe", List.of()));

        assertThat(sources.resolve("the Zorglub Agency " + unique)).map(SourceRef::id).contains(exact);
    }

    @Test
    void aSourceRegisteredAMomentAgoIsResolvedThroughItsAlias() {
        assertThat(sources.resolve("Nouvel observatoire " + unique)).isEmpty();

        long id = sources.create(draft("New Observatory " + unique, List.of("Nouvel observatoire " + unique))).id();

        assertThat(sources.resolve("le nouvel Observatoire " + unique)).map(SourceRef::id).contains(id);
    }

    @Test
    void aRegisteredAcronymOrNameIsFoundAtTheEndOfADescriptiveMention() {
        String acronym = letters(unique);
        long id = sources.create(draft("Instituto Nacional de Gestão do Risco " + unique,
                List.of(acronym, "Ministère de la Gestion des risques " + unique))).id();

        assertThat(sources.resolve("the country's disaster agency " + acronym)).map(SourceRef::id).contains(id);
        assertThat(sources.resolve("the National Institute for Disaster Risk Management (" + acronym + ")"))
                .map(SourceRef::id).contains(id);
        assertThat(sources.resolve("lundi le ministère de la Gestion des risques " + unique)).map(SourceRef::id)
                .contains(id);
        assertThat(sources.resolve("the disaster agency " + acronym.toLowerCase(java.util.Locale.ROOT))).isEmpty();
    }

    /** The hexadecimal digits as capitals A–P: an acronym no other test registers. */
    private static String letters(String hex) {
        StringBuilder b = new StringBuilder();
        hex.chars().forEach(c -> b.append((char) ('A' + Character.digit(c, 16))));
        return b.toString();
    }

    @Test
    void resolvingManyMentionsAtOnceLeavesOutThoseThatNameNoSource() {
        assertThat(sources.resolveAll(List.of("l'OSDH", "UNICEF said", "SANA")))
                .containsOnlyKeys("l'OSDH", "SANA");
    }

    private static SourceDraft draft(String name, List<String> aliases) {
        return new SourceDraft(name, "media", false, Reliability.C, null, aliases);
    }
}
