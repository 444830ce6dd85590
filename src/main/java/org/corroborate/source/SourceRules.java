package org.corroborate.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corroborate.source.InvalidSourceException.Field;
import org.corroborate.source.InvalidSourceException.Problem;
import org.jspecify.annotations.Nullable;

/** What a source draft must satisfy before it is saved; collects every problem at once. */
final class SourceRules {

    static final int MAX_ALIAS_LENGTH = 300;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final List<Problem> problems = new ArrayList<>();

    /** Trimmed, without blanks or the name itself, each alias once whatever its case, in the order given. */
    static List<String> cleanAliases(List<String> aliases, @Nullable String name) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        for (String alias : aliases) {
            String stripped = alias == null ? "" : alias.strip();
            if (!stripped.isEmpty() && (name == null || !stripped.equalsIgnoreCase(name.strip()))) {
                byLowerCase.putIfAbsent(stripped.toLowerCase(Locale.ROOT), stripped);
            }
        }
        return List.copyOf(byLowerCase.values());
    }

    /** Checks the draft's own fields and that no other source already answers to its name or aliases. */
    SourceRules check(SourceDraft draft, List<String> aliases, @Nullable Long selfId, AliasIndex.Snapshot others) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            add(Field.NAME, "source.error.name-required", "A source needs a name.");
        } else if (name.length() > Source.MAX_NAME_LENGTH) {
            add(Field.NAME, "source.error.name-too-long", "The name is too long (300 characters at most).");
        } else {
            others.ownerOtherThan(selfId, name).ifPresent(owner -> add(Field.NAME, "source.error.name-taken",
                    "\"" + name + "\" already names " + owner.name() + ".", name, owner.name()));
        }
        String kind = draft.kind() == null ? "" : draft.kind().strip();
        if (kind.isEmpty()) {
            add(Field.KIND, "source.error.kind-required", "Say what kind of source it is.");
        } else if (kind.length() > Source.MAX_KIND_LENGTH) {
            add(Field.KIND, "source.error.kind-too-long", "The kind is too long (100 characters at most).");
        }
        if (draft.reliability() == null) {
            add(Field.RELIABILITY, "source.error.reliability-required", "Grade the source's reliability (A to F).");
        }
        for (String alias : aliases) {
            if (alias.length() > MAX_ALIAS_LENGTH) {
                add(Field.ALIASES, "source.error.alias-too-long",
                        "The alias \"" + alias + "\" is too long (300 characters at most).", alias);
            } else {
                others.ownerOtherThan(selfId, alias).ifPresent(owner -> add(Field.ALIASES,
                        "source.error.alias-taken", "\"" + alias + "\" already names " + owner.name() + ".",
                        alias, owner.name()));
            }
        }
        return this;
    }

    /** Each domain typed must be a web domain that no other source publishes under. */
    SourceRules checkDomains(List<String> typed, @Nullable Long selfId, AliasIndex.Snapshot others) {
        for (String domain : typed) {
            if (domain == null || domain.isBlank()) {
                continue;
            }
            Optional<String> normalised = Domains.normalise(domain);
            if (normalised.isEmpty()) {
                add(Field.DOMAINS, "source.error.domain-invalid",
                        "\"" + domain.strip() + "\" is not a web domain (such as afp.com).", domain.strip());
            } else {
                others.domainOwnerOtherThan(selfId, normalised.get()).ifPresent(owner -> add(Field.DOMAINS,
                        "source.error.domain-taken", normalised.get() + " is already the domain of " + owner.name() + ".",
                        normalised.get(), owner.name()));
            }
        }
        return this;
    }

    /** A key given by a person must be well-formed and free. */
    SourceRules checkKey(String key, boolean taken) {
        if (key.length() > Source.MAX_KEY_LENGTH || !KEY.matcher(key).matches()) {
            add(Field.KEY, "source.error.key-invalid",
                    "A key is made of lower-case letters, digits and dashes (100 at most).", key);
        } else if (taken) {
            add(Field.KEY, "source.error.key-taken", "Another source already has the key " + key + ".", key);
        }
        return this;
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
    }

    /** How long a key made from a name may be (walk F40: a 59-character key nobody could type from memory). */
    static final int MAX_MADE_KEY = 24;
    /** Words a key leaves out: they only join the words that name ("Institut national de la statistique"). */
    private static final Set<String> JOINING_WORDS = Set.of("de", "du", "des", "la", "le", "les",
            "l", "d", "et", "pour", "en", "a", "au", "aux", "sur", "the", "of", "for", "and", "on", "in", "to", "do",
            "da", "dos", "das", "e", "y", "del", "el", "los");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,9}");

    /**
     * The key a source's name suggests, short and readable: its acronym when the name gives one ("... de Desastres
     * (INGD)") or is one, else an alias that is one; else the name's words without the joining ones, lower case,
     * ASCII only, joined by dashes, cut after a word to at most {@value #MAX_MADE_KEY} characters.
     */
    static String keyFor(String name, List<String> aliases) {
        String[] both = SourceMentions.parenthesised(name);
        Optional<String> acronym = Stream.concat(Stream.of(both == null ? name : both[1], name), aliases.stream())
                .map(String::strip).filter(a -> ACRONYM.matcher(a).matches()).findFirst();
        if (acronym.isPresent()) {
            return ascii(acronym.get());
        }
        StringBuilder key = new StringBuilder();
        for (String word : ascii(both == null ? name : both[0]).split("-")) {
            if (word.isEmpty() || JOINING_WORDS.contains(word) && !key.isEmpty()) {
                continue;
            }
            if (!key.isEmpty() && key.length() + 1 + word.length() > MAX_MADE_KEY) {
                break;
            }
            key.append(key.isEmpty() ? "" : "-").append(word);
        }
        String made = key.length() > MAX_MADE_KEY ? key.substring(0, MAX_MADE_KEY) : key.toString();
        return made.isEmpty() ? "source" : made;
    }

    /** The words of a name, lower case, ASCII only, joined by dashes. */
    private static String ascii(String name) {
        return SourceMentions.slug(name).replaceAll("[^a-z0-9-]", "").replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
    }

    private void add(Field field, String key, String message, String... arguments) {
        problems.add(new Problem(field, key, List.of(arguments), message));
    }
}
