package org.corroborate.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the words of a page against its language: a missing translation ("!fr: key"), an enum value shown raw
 * (DEATHS, UNSUPPORTED, ASSIGNED: every upper-case key suffix of the bundle), a word of the other language's interface
 * (English "linked by", "reports", "MB" on a French page; French "rapports", "Mo", "aucun" on an English one), and on
 * a French page a colon, semicolon, question or exclamation mark without the non-breaking space before it. What the
 * users wrote (titles, texts, quotes, names) is no part of the interface: the strings given as content are taken
 * out of the page's text first, whatever their language.
 */
final class PageLanguage {

    /** English words of this interface that French pages must not show. */
    static final List<String> ENGLISH = List.of("the", "and", "with", "without", "by", "of", "from", "linked",
            "unlinked", "report", "reports", "story", "stories", "figures", "deaths", "injured", "displaced", "people",
            "unsupported", "single source", "corroborated", "contested", "superseded", "assigned", "approved",
            "rejected", "pending", "draft", "review", "system", "nobody", "none", "save", "cancel", "edit", "delete",
            "add", "search", "settings", "quote", "value", "status", "kind", "counts", "history", "unlink", "supports",
            "contradicts", "open", "close", "yes", "published", "submit", "approve", "reject", "export", "import",
            "sign in", "log in", "username", "password", "places", "comments", "queue", "conflicts", "country", "region", "city", "area", "agency", "newspaper", "official", "ngo", "MB",
            "KB", "GB", "bytes", "day", "days", "hours", "minutes", "ago", "today", "yesterday", "event", "unknown");

    /** French words of this interface that English pages must not show. */
    static final List<String> FRENCH = List.of("le", "la", "les", "des", "du", "et", "avec", "sans", "pour", "par",
            "aucun", "aucune", "chiffre", "chiffres", "rapport", "rapports", "récit", "récits", "source unique",
            "contesté", "corroboré", "non étayé", "morts", "blessés", "déplacés", "enregistrer", "annuler", "modifier",
            "supprimer", "ajouter", "rechercher", "lié", "liés", "personne", "historique", "statut", "valeur",
            "citation", "brouillon", "publié", "approuvé", "rejeté", "soutient", "contredit", "délier", "lieux",
            "pays", "ville", "agence", "journal", "Mo", "Ko", "Go", "octets", "jour", "jours", "heures", "aujourd'hui",
            "hier", "événement", "inconnu", "connexion", "mot de passe", "identifiant");

    /** Marks a piece of text that sits in what users or sources wrote: only missing translations are looked for. */
    static final char CONTENT = '\u0001';

    private static final Pattern MISSING = Pattern.compile("!(en|fr|und)?:\\s*[\\w.-]+");
    /** A French colon (and ; ? !) must have a non-breaking space (U+00A0 or U+202F) before it, not a plain one or none. */
    private static final Pattern FRENCH_PUNCTUATION = Pattern.compile("(?:(?<=[\\p{L}\\p{N})»”])|(?<= ))[:;?!](?=\\s|$)");

    private final Set<String> enumNames;
    private final List<String> content;

    /**
     * {@code content}: what the users and sources wrote, shown as is; strings shorter than 4 characters are ignored
     * there (they would hide interface words).
     */
    PageLanguage(Collection<String> content) {
        this.enumNames = enumNames();
        List<String> strings = new ArrayList<>();
        for (String c : content) {
            if (c == null) {
                continue;
            }
            String p = c.replaceAll("\\s+", " ").strip();
            if (p.length() >= 4) {
                strings.add(p);
            }
        }
        strings.sort(Comparator.comparingInt(String::length).reversed());
        this.content = List.copyOf(new LinkedHashSet<>(strings));
    }

    /** Every upper-case last segment of a key of the bundle: enum values that must be shown translated. */
    private static Set<String> enumNames() {
        Properties bundle = new Properties();
        try (InputStream in = PageLanguage.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> names = new LinkedHashSet<>();
        for (String key : bundle.stringPropertyNames()) {
            String last = key.substring(key.lastIndexOf('.') + 1);
            if (last.length() >= 3 && last.matches("[A-Z][A-Z_]+")) {
                names.add(last);
            }
        }
        return names;
    }

    /** The problems found in these pieces of text of a page in {@code language} ("en" or "fr"); empty when none. */
    List<String> problems(String language, List<String> pieces) {
        List<String> problems = new ArrayList<>();
        List<String> foreign = language.equals("fr") ? ENGLISH : FRENCH;
        for (String raw : pieces) {
            if (raw.isEmpty()) {
                continue;
            }
            String piece = raw.replaceAll("[ \\t\\r\\n]+", " ").strip();
            Matcher missing = MISSING.matcher(piece);
            while (missing.find()) {
                problems.add("missing translation " + missing.group() + " in \"" + piece + "\"");
            }
            if (raw.charAt(0) == CONTENT) {
                continue;
            }
            String ui = withoutContent(piece);
            if (ui.isBlank()) {
                continue;
            }
            for (String word : ui.split("[^\\p{L}\\p{N}_']+")) {
                if (enumNames.contains(word)) {
                    problems.add("untranslated value " + word + " in \"" + piece + "\"");
                }
            }
            for (String word : foreign) {
                if (containsWord(ui, word)) {
                    problems.add((language.equals("fr") ? "English" : "French") + " \"" + word + "\" in \"" + piece + "\"");
                }
            }
            if (language.equals("fr")) {
                Matcher punctuation = FRENCH_PUNCTUATION.matcher(ui);
                if (punctuation.find()) {
                    problems.add("no non-breaking space before \"" + punctuation.group() + "\" in \"" + piece + "\"");
                }
            }
        }
        return problems;
    }

    /** The piece without what users wrote: every content string taken out (a cut-off excerpt "…" counts as content). */
    String withoutContent(String piece) {
        String rest = piece;
        for (String c : content) {
            if (rest.contains(c)) {
                rest = rest.replace(c, " ");
            }
        }
        // A piece that is part of a content string (a run of text between two marks, a cut excerpt): each part
        // between ellipses, punctuation at its ends aside, is found in the content.
        boolean allContent = true;
        for (String part : rest.split("…")) {
            String core = part.replaceAll("^[\\s\\p{P}]+|[\\s\\p{P}]+$", "");
            if (core.isEmpty()) {
                continue;
            }
            if (core.length() < 4 || content.stream().noneMatch(c -> c.contains(core))) {
                allContent = false;
                break;
            }
        }
        return allContent ? "" : rest;
    }

    private static boolean containsWord(String text, String word) {
        boolean caseMatters = word.equals(word.toUpperCase(Locale.ROOT)) && word.length() <= 3;
        String pattern = "(?<![\\p{L}\\p{N}_'])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}_'])";
        return Pattern.compile(pattern, caseMatters ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text).find();
    }
}
