package org.corroborate.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
            java.util.Optional<String> normalised = Domains.normalise(domain);
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

    /** The key a name suggests: its words, lower case, ASCII only, joined by dashes. */
    static String keyFor(String name) {
        String slug = SourceMentions.slug(name).replaceAll("[^a-z0-9-]", "").replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "source" : slug;
    }

    private void add(Field field, String key, String message, String... arguments) {
        problems.add(new Problem(field, key, List.of(arguments), message));
    }
}
