package org.corroborate.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** Word lists for qualifiers, kinds, periods and attributions (accent-free lower case). */
final class Cues {

    private Cues() {
    }

    /** Bits of {@link #bitsOf}: word lists that are consulted for every token of a text. */
    static final int PERIOD_STARTER = 1;
    static final int STARTS_NUMBER_EN = 2;
    static final int STARTS_NUMBER_FR = 4;
    static final int EN_VERB = 8;
    static final int VAGUE_WORD = 16;
    static final int SENTENCE_KIND = 32;
    /** Words a time expression turns on ({@code Context.timeExpression}): months, weekdays, "week", "mois"... */
    static final int TIME_WORD = 64;

    static final int MONTH = 128;
    static final int TIME_UNIT = 256;
    static final int SUBJECT_STOP = 512;
    /** Words that end a subject phrase: {@link #SUBJECT_STOPS}, verbs of both languages, months, weekdays. */
    static final int SUBJECT_END = 1024;
    /** First words of the attribution cues {@code Context.scan} looks for. */
    static final int ATTRIBUTION_WORD = 2048;

    /** Words in {@code Lexicon.cardinal} / {@code Lexicon.ordinal} (English, French): misses skip the map. */
    static final int CARDINAL_EN = 4096;
    static final int CARDINAL_FR = 8192;
    static final int ORDINAL_EN = 16384;
    static final int ORDINAL_FR = 32768;
    /**
     * Not a word list: marks numeral tokens in the per-token cue array of the lexer
     * ({@link Tokens#cueArray}), where symbols have no bit and words their {@link #bitsOf}.
     */
    static final int NUMERAL_TOKEN = 1 << 30;
    /** With {@link #NUMERAL_TOKEN}: a numeral whose decimal mark could not be decided ({@code Tokens.flagAmbiguous}). */
    static final int AMBIGUOUS_NUMBER = 1 << 29;
    /** Words that can start a unit form ({@code Units.at}). */
    static final int UNIT_START = 65536;
    /** Last words of the qualifier phrases ({@link #qualifierPhrasesEndingIn}). */
    static final int QUALIFIER_END = 131072;
    /** Words that join the words of a subject phrase ({@code KindReader.subject}): {@link #CONNECTORS}. */
    static final int CONNECTOR = 262144;
    /** Words skipped between a number and its noun ({@code KindReader.noun}): {@link #NOUN_SKIPS}. */
    static final int NOUN_SKIP = 524288;
    /** "number", "nombre": {@code KindReader.kind} looks for "the number of" before a figure. */
    static final int NUMBER_NOUN = 1 << 20;
    /** Fraction and majority words read as shares ({@link #SHARE_DENOMINATORS}): "half", "la moitié", "un tiers". */
    static final int SHARE_WORD = 1 << 21;
    /** French reporting verbs after "a"/"ont" ({@link #FR_VERB_CUES}): "a précisé", "ont indiqué". */
    static final int FR_VERB = 1 << 22;
    /** Words that open a clause with its own subject ({@link #CLAUSE_WORDS}): "while", "tandis (que)". */
    static final int CLAUSE_WORD = 1 << 23;
    /** Buildings, shelters, sites and animals ({@link #THINGS}). */
    static final int THING = 1 << 24;
    /** Counted people ({@link #PEOPLE}). */
    static final int PERSON = 1 << 25;
    /** Participles that hand a figure on ({@link #HANDED_BY}). */
    static final int HANDED = 1 << 26;
    /** What a source publishes ({@link #REPORT_NOUNS}). */
    static final int REPORT_NOUN = 1 << 27;
    /** Weekdays and {@link #WHEN_WORDS}: when a source spoke. */
    static final int WHEN_WORD = 1 << 28;

    /**
     * Words that state a share of a whole, with their denominator: "half of" = 50 %, "un quart des"
     * = 25 %, "two-thirds of" = 66.67 %; 0 for "a majority of", "la majorité des" (more than half:
     * vague, 50 % .. open).
     */
    static final Map<String, Integer> SHARE_DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("moitie", 2), Map.entry("third", 3),
            Map.entry("thirds", 3), Map.entry("tiers", 3), Map.entry("quarter", 4), Map.entry("quarters", 4),
            Map.entry("quart", 4), Map.entry("quarts", 4), Map.entry("fifth", 5), Map.entry("fifths", 5),
            Map.entry("cinquieme", 5), Map.entry("cinquiemes", 5), Map.entry("tenth", 10), Map.entry("tenths", 10),
            Map.entry("dixieme", 10), Map.entry("dixiemes", 10), Map.entry("majority", 0), Map.entry("majorite", 0));

    /** See {@link #CONNECTOR}. */
    static final Set<String> CONNECTORS = Set.of("des", "de", "du", "et", "and", "of", "the", "d", "l");
    /** See {@link #NOUN_SKIP}. */
    static final Set<String> NOUN_SKIPS = Set.of("de", "d", "of", "des");

    private static final Set<String> ATTRIBUTION_WORDS = Set.of("selon", "citing", "d", "according", "a", "ont",
            "by", "par");

    /**
     * See {@link #CLAUSE_WORD}: a clause they open ("..., while the UN released $20 million") does not take the
     * attribution another clause gives its own subject ("The World Bank announced ..."); "tandis" and "alors"
     * only with "que".
     */
    static final Set<String> CLAUSE_WORDS = Set.of("while", "whereas", "tandis", "alors", "and", "et");

    /**
     * What a source publishes rather than who it is: "according to figures released by the ministry", "selon un
     * bilan du ministère", "a statement from OCHA". The source is the one named after "by", "par", "from", "de".
     */
    static final Set<String> REPORT_NOUNS = Set.of("figures", "figure", "data", "estimates", "estimate", "report",
            "reports", "statement", "statements", "tally", "count", "toll", "numbers", "statistics", "survey",
            "assessment", "census", "update", "bulletin", "officials", "sources", "bilan", "bilans", "chiffres",
            "chiffre", "communique", "decompte", "donnees", "estimations", "estimation", "rapport", "statistiques",
            "releve", "recensement", "responsables", "point", "tableau", "results", "result", "resultats", "resultat");

    /** Participles that hand a published figure to its source: "chiffre avancé par", "figures released by". */
    static final Set<String> HANDED_BY = Set.of("avance", "avancee", "avances", "avancees", "publie", "publiee",
            "publies", "publiees", "fourni", "fournie", "fournis", "fournies", "communique", "communiquee",
            "communiques", "communiquees", "etabli", "etablie", "etablis", "etablies", "diffuse", "diffusee",
            "diffuses", "diffusees", "released", "published", "provided", "compiled", "issued", "given", "cited");

    /** Words about when a source spoke, cut from its mention: "a annoncé lundi le ministère", "said on Monday". */
    static final Set<String> WHEN_WORDS = Set.of("soir", "matin", "apres", "midi", "hier", "aujourd",
            "yesterday", "today", "late", "early", "tonight", "morning", "evening", "night", "afternoon");

    /** Words that cannot start a source's mention after a verb: "said on Monday that", ", estimated at 300". */
    static final Set<String> NOT_A_SOURCE = Set.of("qui", "que", "lui", "eux", "that", "it", "he", "she", "they",
            "we", "i", "you", "at", "to", "il", "elle", "ils", "elles", "on", "in", "this", "there", "its",
            "their", "his", "her", "ce", "cela", "ca", "en", "y", "of", "by", "par", "reporters", "journalists",
            "journalistes");

    private static final Set<String> OTHER_TIME_WORDS = Set.of("mi", "week", "month", "year", "semaine", "mois", "annee");

    /** Words besides cardinals that can start a number (NumberParser: "minus two", "half a dozen", "a hundred"). */
    private static final Set<String> OTHER_NUMBER_STARTERS = Set.of("negative", "minus", "half", "quarter", "a", "an");
    /**
     * The same in French text: NumberParser reads "half" and "quarter" in both languages, but a
     * sign word or an article only in English ("a" is also the French verb: "il a").
     */
    private static final Set<String> OTHER_NUMBER_STARTERS_FR = Set.of("half", "quarter");

    /** Which per-token word lists hold this word norm; computed once per distinct word (WordTable). */
    static int bitsOf(String norm) {
        int bits = 0;
        if (PERIOD_STARTERS.contains(norm)) {
            bits |= PERIOD_STARTER;
        }
        if (OTHER_NUMBER_STARTERS.contains(norm) || Lexicon.cardinal(norm, false) != null) {
            bits |= STARTS_NUMBER_EN;
        }
        if (OTHER_NUMBER_STARTERS_FR.contains(norm) || Lexicon.cardinal(norm, true) != null) {
            bits |= STARTS_NUMBER_FR;
        }
        if (EN_VERB_CUES.contains(norm)) {
            bits |= EN_VERB;
        }
        if (VAGUE.containsKey(norm)) {
            bits |= VAGUE_WORD;
        }
        if (SENTENCE_KINDS.containsKey(norm)) {
            bits |= SENTENCE_KIND;
        }
        if (MONTHS.contains(norm) || WEEKDAYS.contains(norm) || OTHER_TIME_WORDS.contains(norm)) {
            bits |= TIME_WORD;
        }
        if (MONTHS.contains(norm)) {
            bits |= MONTH;
        }
        if (TIME_UNITS.contains(norm)) {
            bits |= TIME_UNIT;
        }
        if (SUBJECT_STOPS.contains(norm)) {
            bits |= SUBJECT_STOP;
        }
        if (SUBJECT_STOPS.contains(norm) || FR_VERB_CUES.contains(norm) || EN_VERB_CUES.contains(norm)
                || MONTHS.contains(norm) || WEEKDAYS.contains(norm) || QUANTIFIERS.contains(norm)
                || BOUND_AFTER_STARTS.contains(norm) // "20 people or more": "people"
                || VERBS_AFTER_A_COUNT.contains(norm)) { // "300 trucks went to Gaza": "trucks"
            bits |= SUBJECT_END;
        }
        if (ATTRIBUTION_WORDS.contains(norm)) {
            bits |= ATTRIBUTION_WORD;
        }
        if (Lexicon.cardinal(norm, false) != null) {
            bits |= CARDINAL_EN;
        }
        if (Lexicon.cardinal(norm, true) != null) {
            bits |= CARDINAL_FR;
        }
        if (Lexicon.ordinal(norm, false) != null) {
            bits |= ORDINAL_EN;
        }
        if (Lexicon.ordinal(norm, true) != null) {
            bits |= ORDINAL_FR;
        }
        if (Units.startsUnit(norm)) {
            bits |= UNIT_START;
        }
        if (PHRASES_BY_LAST_WORD.containsKey(norm)) {
            bits |= QUALIFIER_END;
        }
        if (CONNECTORS.contains(norm)) {
            bits |= CONNECTOR;
        }
        if (NOUN_SKIPS.contains(norm)) {
            bits |= NOUN_SKIP;
        }
        if (norm.equals("number") || norm.equals("nombre")) {
            bits |= NUMBER_NOUN;
        }
        if (SHARE_DENOMINATORS.containsKey(norm)) {
            bits |= SHARE_WORD;
        }
        if (FR_VERB_CUES.contains(norm)) {
            bits |= FR_VERB;
        }
        if (CLAUSE_WORDS.contains(norm)) {
            bits |= CLAUSE_WORD;
        }
        if (THINGS.contains(norm)) {
            bits |= THING;
        }
        if (PEOPLE.contains(norm)) {
            bits |= PERSON;
        }
        if (HANDED_BY.contains(norm)) {
            bits |= HANDED;
        }
        if (REPORT_NOUNS.contains(norm)) {
            bits |= REPORT_NOUN;
        }
        if (WEEKDAYS.contains(norm) || WHEN_WORDS.contains(norm)) {
            bits |= WHEN_WORD;
        }
        return bits;
    }

    /*
     * Bits of classesOf: word lists consulted at a figure or a cue rather than at every token, kept by norm in the word
     * table (WordTable#classes) so that a test costs an array read instead of a Set or Map look-up. Unlike bitsOf they
     * are a property of the norm whatever the token (the decimal numeral's norm "dec" is a month here, as it was for
     * the look-ups they replace). Besides the flags, three small numbers: the NOUN_KINDS and SENTENCE_KINDS kind of
     * the norm (its ordinal plus one, 0 for none) and the index plus one of the qualifier phrases ending in it.
     */
    /** {@link #PART_WORDS}. */
    static final int PART_WORD = 1;
    /** {@link #IDENTIFIER_WORDS}. */
    static final int IDENTIFIER_WORD = 1 << 1;
    /** {@link #IDENTIFIER_ABBREVIATIONS}. */
    static final int IDENTIFIER_ABBREVIATION = 1 << 2;
    /** {@link #NOT_A_SOURCE}. */
    static final int NOT_SOURCE = 1 << 3;
    /** {@link #WEEKDAYS}. */
    static final int WEEKDAY = 1 << 4;
    /** {@link #MONTHS}, by norm. */
    static final int MONTH_NORM = 1 << 5;
    /** {@link #TIME_UNITS}, by norm. */
    static final int TIME_UNIT_NORM = 1 << 6;
    /** {@code NumberParser.EXTENDERS}. */
    static final int EXTENDER = 1 << 7;
    /** {@link #APPROX_NOUNS}. */
    static final int APPROX_NOUN = 1 << 8;
    /** First words of the bound phrases written after a number ("au moins", "or more": {@code FigureReader}). */
    static final int BOUND_AFTER_START = 1 << 9;
    /** Determiners before a whole's noun ("15 of the city's 60 centres", « deux de nos employés »: {@code KindReader}). */
    static final int DETERMINER = 1 << 10;
    /**
     * Words that may open a declaring clause after a figure: a subject pronoun or "that" / « que » ("the $8.7 million it
     * declared", « les 3 tonnes qu'il avait annoncées »: {@code Context#attribution(int, int, int)}).
     */
    static final int DECLARING_OPENER = 1 << 11;
    /** Finite forms of "be" and "have" ("the vote was", « le scrutin est »): a clause, not a name ({@code Context#after}). */
    static final int FINITE_BE_HAVE = 1 << 12;
    /**
     * Participles that set a figure's value in the passive, its source after "par" / "by": « est estimé à ... par la
     * chambre », "was put at ... by police" ({@code Context#passiveBy}).
     */
    static final int ESTIMATED = 1 << 13;
    /**
     * Verbs whose subject holds what the number after them counts: "RC won at least 64 seats", « le PS a obtenu 9
     * sièges », "Russia holds 18%" ({@code FigureReader#holder}).
     */
    static final int HOLDING = 1 << 14;
    private static final int NOUN_KIND_SHIFT = 16;
    private static final int SENTENCE_KIND_SHIFT = 20;
    private static final int PHRASE_END_SHIFT = 24;
    private static final QuantityKind[] KINDS = QuantityKind.values();
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "our", "his", "her", "these", "those",
            "les", "ses", "leurs", "nos", "vos", "ces", "la", "le");
    static final Set<String> FINITE_BE_HAVE_WORDS = Set.of("was", "were", "is", "are", "has", "had", "have", "est",
            "sont", "etait", "etaient");
    static final Set<String> ESTIMATED_PARTICIPLES = Set.of("estime", "estimee", "estimes", "estimees", "evalue",
            "evaluee", "evalues", "evaluees", "chiffre", "chiffree", "chiffres", "chiffrees", "fixe", "fixee", "fixes",
            "fixees", "estimated", "put", "assessed", "valued", "placed", "pegged", "reckoned", "set");
    static final Set<String> HOLDING_VERBS = Set.of("won", "wins", "win", "took", "takes", "take", "secured",
            "secures", "secure", "obtained", "obtains", "got", "gets", "gained", "gains", "holds", "held", "hold",
            "captured", "captures", "claimed", "claims", "has", "have", "had", "received", "receives", "polled", "polls",
            "garnered", "garners", "controls", "controlled", "owns", "owned",
            "obtient", "obtiennent", "obtenu", "obtenus", "obtiendrait", "obtiendraient", "remporte", "remportent",
            "remportes", "decroche", "decrochent", "decroches", "gagne", "gagnent", "gagnes", "detient", "detiennent",
            "detenait", "totalise", "totalisent", "totalises", "rafle", "raflent", "rafles", "recueille", "recueillent",
            "recueilli", "conserve", "conservent", "conserves", "revendique", "revendiquent", "compte", "comptent",
            "possede", "possedent", "controle", "controlent", "ont");
    static final Set<String> DECLARING_OPENERS = Set.of("it", "they", "he", "she", "il", "elle", "ils", "elles",
            "that", "que", "qu");
    private static final Set<String> BOUND_AFTER_STARTS = Set.of("tout", "au", "maximum", "minimum", "ou", "et",
            "environ", "at", "or");
    /** {@link #PHRASES_ENDING_IN_WORD}'s values, by the index in the classes of the word they end in. */
    private static final int[][] PHRASES_BY_END_INDEX;

    /** Which of the lists of {@link #PART_WORD} and the following hold this norm, and its kinds (see above). */
    static int classesOf(String norm) {
        int c = 0;
        if (PART_WORDS.contains(norm)) {
            c |= PART_WORD;
        }
        if (IDENTIFIER_WORDS.contains(norm)) {
            c |= IDENTIFIER_WORD;
        }
        if (IDENTIFIER_ABBREVIATIONS.contains(norm)) {
            c |= IDENTIFIER_ABBREVIATION;
        }
        if (NOT_A_SOURCE.contains(norm)) {
            c |= NOT_SOURCE;
        }
        if (WEEKDAYS.contains(norm)) {
            c |= WEEKDAY;
        }
        if (MONTHS.contains(norm)) {
            c |= MONTH_NORM;
        }
        if (TIME_UNITS.contains(norm)) {
            c |= TIME_UNIT_NORM;
        }
        if (NumberParser.EXTENDERS.contains(norm)) {
            c |= EXTENDER;
        }
        if (APPROX_NOUNS.containsKey(norm)) {
            c |= APPROX_NOUN;
        }
        if (BOUND_AFTER_STARTS.contains(norm)) {
            c |= BOUND_AFTER_START;
        }
        if (DETERMINERS.contains(norm)) {
            c |= DETERMINER;
        }
        if (DECLARING_OPENERS.contains(norm)) {
            c |= DECLARING_OPENER;
        }
        if (FINITE_BE_HAVE_WORDS.contains(norm)) {
            c |= FINITE_BE_HAVE;
        }
        if (ESTIMATED_PARTICIPLES.contains(norm)) {
            c |= ESTIMATED;
        }
        if (HOLDING_VERBS.contains(norm)) {
            c |= HOLDING;
        }
        QuantityKind noun = NOUN_KINDS.get(norm);
        if (noun != null) {
            c |= (noun.ordinal() + 1) << NOUN_KIND_SHIFT;
        }
        QuantityKind sentence = SENTENCE_KINDS.get(norm);
        if (sentence != null) {
            c |= (sentence.ordinal() + 1) << SENTENCE_KIND_SHIFT;
        }
        c |= PHRASE_END_INDEX.getOrDefault(norm, 0) << PHRASE_END_SHIFT;
        return c;
    }

    /** {@code NOUN_KINDS.get(norm)} of the norm with these {@link #classesOf classes}. */
    static QuantityKind nounKind(int classes) {
        int k = classes >>> NOUN_KIND_SHIFT & 15;
        return k == 0 ? null : KINDS[k - 1];
    }

    /** {@code SENTENCE_KINDS.get(norm)} of the norm with these {@link #classesOf classes}. */
    static QuantityKind sentenceKind(int classes) {
        int k = classes >>> SENTENCE_KIND_SHIFT & 15;
        return k == 0 ? null : KINDS[k - 1];
    }

    /**
     * Qualifier phrases as token sequences ("'" and "-" are tokens of their own). The longest phrase
     * ending right before a number wins, so negations ("no more than", "pas plus de") override the
     * phrase they contain. The table with examples is in docs/design-decisions/DD010.
     */
    static final String[][] QUALIFIER_PHRASES = {
        // French
        {"a", "peu", "pres"}, {"au", "moins"}, {"pres", "de"}, {"pres", "d", "'"}, {"plus", "de"},
        {"plus", "d", "'"}, {"moins", "de"}, {"moins", "d", "'"}, {"jusqu", "'", "a"}, {"environ"}, {"quelque"},
        {"presque"}, {"pas", "plus", "de"}, {"pas", "plus", "d", "'"}, {"pas", "moins", "de"},
        {"pas", "moins", "d", "'"}, {"au", "plus"}, {"tout", "au", "plus"}, {"au", "maximum"}, {"au", "minimum"},
        {"un", "maximum", "de"}, {"un", "minimum", "de"}, {"au", "-", "dela", "de"}, {"au", "dela", "de"},
        {"approximativement"}, {"quasiment"}, {"autour", "de"},
        {"aux", "alentours", "de"}, {"depasse", "les"}, {"depassant", "les"},
        {"superieur", "a"}, {"inferieur", "a"}, {"pas", "moins", "que"},
        // English
        {"at", "least"}, {"more", "than"}, {"upwards", "of"}, {"up", "to"}, {"fewer", "than"},
        {"less", "than"}, {"an", "estimated"}, {"about"}, {"some"}, {"approximately"}, {"around"}, {"roughly"},
        {"nearly"}, {"almost"}, {"over"}, {"under"}, {"no", "fewer", "than"}, {"no", "less", "than"},
        {"no", "more", "than"}, {"not", "more", "than"}, {"not", "fewer", "than"}, {"not", "less", "than"},
        {"at", "most"}, {"as", "many", "as"}, {"as", "much", "as"}, {"as", "few", "as"}, {"as", "little", "as"},
        {"above"}, {"below"}, {"exceeding"}, {"exceeded"}, {"exceeds"}, {"exceed"}, {"in", "excess", "of"},
        {"a", "maximum", "of"}, {"a", "minimum", "of"}, {"maximum", "of"}, {"minimum", "of"},
        {"just", "over"}, {"just", "under"}, {"well", "over"}, {"well", "above"}, {"just", "below"},
        {"close", "to"}, {"topped"}, {"surpassed"},
    };

    /** {@link #qualifierOf} of each of {@link #QUALIFIER_PHRASES}, by index. */
    static final Qualifier[] QUALIFIER_OF_PHRASE = new Qualifier[QUALIFIER_PHRASES.length];

    /** Indexes of "not more than" (at most) and "not less than" (at least): a negated bound's qualifier. */
    static final int NOT_MORE_THAN = phraseIndex("not", "more", "than");
    static final int NOT_LESS_THAN = phraseIndex("not", "less", "than");

    private static int phraseIndex(String... words) {
        for (int p = 0; p < QUALIFIER_PHRASES.length; p++) {
            if (Arrays.equals(QUALIFIER_PHRASES[p], words)) {
                return p;
            }
        }
        throw new IllegalStateException("no qualifier phrase " + String.join(" ", words));
    }

    /**
     * Indexes of the qualifier phrases that can end right before a number, by the word before it:
     * the phrases ending in that word and those ending in an apostrophe (which may be either
     * apostrophe symbol), in phrase order. Words that end no phrase get {@link #APOSTROPHE_PHRASES}.
     */
    private static final Map<String, int[]> PHRASES_BY_LAST_WORD = new HashMap<>();
    private static final int[] APOSTROPHE_PHRASES;
    /**
     * The phrases ending in a word, without those ending in an apostrophe: after a word token, only
     * these can match (a word's norm is never an apostrophe).
     */
    private static final Map<String, int[]> PHRASES_ENDING_IN_WORD = new HashMap<>();

    static {
        for (int p = 0; p < QUALIFIER_PHRASES.length; p++) {
            QUALIFIER_OF_PHRASE[p] = qualifierOf(QUALIFIER_PHRASES[p]);
        }
        Set<String> lastWords = new HashSet<>();
        for (String[] ph : QUALIFIER_PHRASES) {
            lastWords.add(ph[ph.length - 1]);
        }
        for (String w : lastWords) {
            PHRASES_BY_LAST_WORD.put(w, phrasesEndingIn(w));
            PHRASES_ENDING_IN_WORD.put(w, IntStream.range(0, QUALIFIER_PHRASES.length)
                    .filter(p -> QUALIFIER_PHRASES[p][QUALIFIER_PHRASES[p].length - 1].equals(w)).toArray());
        }
        APOSTROPHE_PHRASES = phrasesEndingIn("'");
    }

    private static int[] phrasesEndingIn(String word) {
        return IntStream.range(0, QUALIFIER_PHRASES.length)
                .filter(p -> {
                    String last = QUALIFIER_PHRASES[p][QUALIFIER_PHRASES[p].length - 1];
                    return last.equals(word) || last.equals("'");
                })
                .toArray();
    }

    /** The qualifier phrases (indexes, in order) that may end with the word {@code previous}. */
    static int[] qualifierPhrasesEndingIn(String previous) {
        return PHRASES_BY_LAST_WORD.getOrDefault(previous, APOSTROPHE_PHRASES);
    }

    /**
     * The qualifier phrases (indexes, in order) that may end with the word token whose norm has these
     * {@link #classesOf classes}: those ending in that word, none for a word that ends no phrase.
     */
    static int[] qualifierPhrasesEndingInWord(int classes) {
        return PHRASES_BY_END_INDEX[classes >>> PHRASE_END_SHIFT];
    }

    private static final int[] NO_PHRASES = {};
    /** Each phrase-ending word's index plus one in {@link #PHRASES_BY_END_INDEX}. */
    private static final Map<String, Integer> PHRASE_END_INDEX = new HashMap<>();

    static {
        if (KINDS.length > 15) {
            throw new IllegalStateException("classesOf keeps a kind's ordinal in four bits");
        }
        List<String> ends = new ArrayList<>(PHRASES_ENDING_IN_WORD.keySet());
        if (ends.size() > 255) {
            throw new IllegalStateException("classesOf keeps a phrase end's index in eight bits");
        }
        ends.sort(null);
        PHRASES_BY_END_INDEX = new int[ends.size() + 1][];
        PHRASES_BY_END_INDEX[0] = NO_PHRASES;
        for (int k = 0; k < ends.size(); k++) {
            PHRASES_BY_END_INDEX[k + 1] = PHRASES_ENDING_IN_WORD.get(ends.get(k));
            PHRASE_END_INDEX.put(ends.get(k), k + 1);
        }
    }

    static Qualifier qualifierOf(String[] phrase) {
        return switch (String.join(" ", phrase)) {
            case "au moins", "at least", "no fewer than", "no less than", "not fewer than", "not less than",
                 "pas moins de", "pas moins d '", "pas moins que", "au minimum", "un minimum de", "a minimum of",
                 "minimum of", "as few as", "as little as" -> Qualifier.AT_LEAST;
            case "pres de", "pres d '", "presque", "nearly", "almost", "quasiment", "close to" -> Qualifier.NEARLY;
            case "plus de", "plus d '", "more than", "upwards of", "over", "above", "exceeding", "exceeded",
                 "exceeds", "exceed", "in excess of", "just over", "well over", "well above", "topped", "surpassed",
                 "au - dela de", "au dela de", "depasse les", "depassant les", "superieur a" -> Qualifier.MORE_THAN;
            case "moins de", "moins d '", "fewer than", "less than", "under", "below", "just under", "just below",
                 "inferieur a" -> Qualifier.LESS_THAN;
            case "jusqu ' a", "up to", "no more than", "not more than", "pas plus de", "pas plus d '", "au plus",
                 "tout au plus", "au maximum", "un maximum de", "at most", "as many as", "as much as",
                 "a maximum of", "maximum of" -> Qualifier.AT_MOST;
            default -> Qualifier.APPROXIMATE;
        };
    }

    /** Verbs of change before "from X to Y": two figures (before and after), not a range. */
    static final Set<String> CHANGE_VERBS = Set.of("rose", "risen", "rising", "rises", "fell", "fallen", "falling",
            "falls", "increased", "increase", "increases", "decreased", "decrease", "climbed", "climbing", "dropped",
            "dropping", "grew", "grown", "growing", "jumped", "declined", "declining", "soared", "surged", "plunged",
            "slipped", "went", "up", "down", "raised", "cut", "reduced", "lowered", "passe", "passee", "passes",
            "augmente", "augmentee", "baisse", "baissee", "chute", "grimpe", "bondi", "recule", "progresse", "diminue",
            "hausse", "passant", "passera", "passer");

    /** Words a number after which names a thing rather than counts ("Article 5", "page 12", "Resolution 2254"). */
    static final Set<String> IDENTIFIER_WORDS = Set.of("article", "articles", "resolution", "page", "pages",
            "section", "chapter", "chapitre", "paragraph", "paragraphe", "alinea", "clause", "amendment",
            "amendement", "rule", "regle", "room", "salle", "route", "highway", "autoroute", "flight", "vol", "gate",
            "porte", "platform", "quai", "phase", "stage", "etape", "round", "tour", "line", "ligne", "season",
            "saison", "episode", "category", "categorie", "grade", "terminal", "block", "bloc", "item", "annex",
            "annexe", "protocol", "protocole", "decree", "decret", "law", "loi", "bill", "act", "level", "niveau",
            "version", "volume", "tome", "sector", "secteur", "zone", "district", "arrondissement", "ward", "unit",
            "unite", "battalion", "bataillon", "brigade", "division", "regiment", "number", "numero", "code",
            "model", "modele", "type", "series", "serie", "generation", "figure", "table", "tableau", "appendix");

    /** Abbreviations with a dot before a number that name a thing: "p. 12", "art. 5". */
    static final Set<String> IDENTIFIER_ABBREVIATIONS = Set.of("p", "pp", "art", "no", "nr", "vol", "ch", "chap",
            "sec", "para", "fig", "tab", "n");

    /** People whose age "de 10 ans" follows in French: "un garçon de 10 ans" is an age, not a figure. */
    static final Set<String> AGE_HOLDERS = Set.of("garcon", "garcons", "fille", "filles", "fillette", "fillettes",
            "enfant", "enfants", "homme", "hommes", "femme", "femmes", "adolescent", "adolescente", "adolescents",
            "jeune", "jeunes", "bebe", "bebes", "nourrisson", "victime", "agee", "age", "ages", "agees", "mineur",
            "mineure", "mineurs", "etudiant", "etudiante", "soldat", "militant", "manifestant", "retraite", "pere",
            "mere", "fils", "garconnet");

    /** English nouns for a person whose age "of about 80" states ("a woman of about 80", "a man of 65"). */
    static final Set<String> AGE_HOLDERS_EN = Set.of("man", "woman", "boy", "girl", "child", "person", "victim",
            "pensioner", "widow", "widower", "mother", "father", "grandmother", "grandfather", "patient", "resident");

    /** French approximate nouns: "une quarantaine" = about 40; plural "des dizaines" is vague. */
    static final Map<String, Long> APPROX_NOUNS = Map.ofEntries(
            Map.entry("dizaine", 10L), Map.entry("douzaine", 12L), Map.entry("quinzaine", 15L),
            Map.entry("vingtaine", 20L), Map.entry("trentaine", 30L), Map.entry("quarantaine", 40L),
            Map.entry("cinquantaine", 50L), Map.entry("soixantaine", 60L), Map.entry("centaine", 100L),
            Map.entry("millier", 1000L), Map.entry("dozen", 12L));

    /** Plural order-of-magnitude words: low = twice the unit ("des milliers" = 2 000 .. open). */
    static final Map<String, Long> VAGUE = Map.ofEntries(
            Map.entry("dizaines", 10L), Map.entry("douzaines", 12L), Map.entry("centaines", 100L),
            Map.entry("milliers", 1000L), Map.entry("millions", 1_000_000L), Map.entry("milliards", 1_000_000_000L),
            Map.entry("dozens", 12L), Map.entry("tens", 10L), Map.entry("hundreds", 100L),
            Map.entry("thousands", 1000L), Map.entry("billions", 1_000_000_000L));

    static final Set<String> MONTHS = Set.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
            "septembre", "octobre", "novembre", "decembre", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    static final Set<String> WEEKDAYS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    static final Set<String> TIME_UNITS = Set.of("jour", "jours", "journee", "journees", "semaine", "semaines",
            "mois", "an", "ans", "annee", "annees", "heure", "heures", "minute", "minutes", "day", "days", "week",
            "weeks", "month", "months", "year", "years", "hour", "hours", "h");

    static final Set<String> PERIOD_STARTERS = Set.of("en", "depuis", "pendant", "durant", "dans", "in", "since",
            "within", "over", "during", "for", "past", "last", "ces", "these", "the", "les", "between", "from", "entre",
            "du", "au", "cette", "this");

    /**
     * Arabic words for the people counted, as quoted in French and English stories ("« جرحى 150 »", "150 جريحا"):
     * each also with the article and "and" glued before it (الجرحى, والجرحى), as Arabic writes them. Read without
     * vowel marks or tatweel ({@link VisibleText}).
     */
    private static final Map<QuantityKind, Set<String>> ARABIC_KINDS = Map.of(
            QuantityKind.DEATHS, Set.of("قتلى", "قتيل", "قتيلا", "وفاة", "وفيات", "ضحايا", "شهداء", "شهيدا"),
            QuantityKind.INJURED, Set.of("جرحى", "جريح", "جريحا", "مصاب", "مصابا", "مصابين", "مصابون"),
            QuantityKind.DISPLACED, Set.of("نازح", "نازحا", "نازحين", "نازحون", "لاجئ", "لاجئا", "لاجئين", "لاجئون",
                    "مشرد", "مشردا", "مشردين", "مهجرين"));

    private static Map<String, QuantityKind> withArabic(Map<String, QuantityKind> words) {
        Map<String, QuantityKind> all = new HashMap<>(words);
        ARABIC_KINDS.forEach((kind, arabic) -> {
            for (String word : arabic) {
                for (String glued : new String[] {"", "ال", "و", "وال"}) {
                    all.put(glued + word, kind);
                }
            }
        });
        return Map.copyOf(all);
    }

    static final Map<String, QuantityKind> NOUN_KINDS = withArabic(Map.ofEntries(
            Map.entry("morts", QuantityKind.DEATHS), Map.entry("mort", QuantityKind.DEATHS),
            Map.entry("tues", QuantityKind.DEATHS), Map.entry("deaths", QuantityKind.DEATHS),
            Map.entry("dead", QuantityKind.DEATHS), Map.entry("victimes", QuantityKind.DEATHS),
            Map.entry("blesses", QuantityKind.INJURED), Map.entry("injured", QuantityKind.INJURED),
            Map.entry("wounded", QuantityKind.INJURED),
            Map.entry("deplaces", QuantityKind.DISPLACED), Map.entry("refugies", QuantityKind.DISPLACED),
            Map.entry("refugees", QuantityKind.DISPLACED), Map.entry("displaced", QuantityKind.DISPLACED),
            Map.entry("villages", QuantityKind.PLACES), Map.entry("village", QuantityKind.PLACES),
            Map.entry("localites", QuantityKind.PLACES), Map.entry("villes", QuantityKind.PLACES),
            Map.entry("hameaux", QuantityKind.PLACES), Map.entry("hamlets", QuantityKind.PLACES),
            Map.entry("towns", QuantityKind.PLACES), Map.entry("postes", QuantityKind.PLACES),
            Map.entry("positions", QuantityKind.PLACES), Map.entry("localities", QuantityKind.PLACES),
            Map.entry("communes", QuantityKind.PLACES), Map.entry("municipalities", QuantityKind.PLACES),
            Map.entry("municipalites", QuantityKind.PLACES), Map.entry("districts", QuantityKind.PLACES),
            Map.entry("provinces", QuantityKind.PLACES), Map.entry("departements", QuantityKind.PLACES),
            Map.entry("regions", QuantityKind.PLACES), Map.entry("quartiers", QuantityKind.PLACES),
            Map.entry("neighbourhoods", QuantityKind.PLACES), Map.entry("neighborhoods", QuantityKind.PLACES),
            Map.entry("cities", QuantityKind.PLACES), Map.entry("countries", QuantityKind.PLACES),
            Map.entry("pays", QuantityKind.PLACES),
            Map.entry("raids", QuantityKind.STRIKES), Map.entry("frappes", QuantityKind.STRIKES),
            Map.entry("strikes", QuantityKind.STRIKES), Map.entry("airstrikes", QuantityKind.STRIKES),
            Map.entry("bombardements", QuantityKind.STRIKES), Map.entry("sorties", QuantityKind.STRIKES),
            Map.entry("dollars", QuantityKind.MONEY), Map.entry("euros", QuantityKind.MONEY),
            Map.entry("sinistres", QuantityKind.AFFECTED),
            Map.entry("bodies", QuantityKind.DEATHS), Map.entry("corps", QuantityKind.DEATHS),
            Map.entry("cadavres", QuantityKind.DEATHS), Map.entry("depouilles", QuantityKind.DEATHS)));

    /**
     * Buildings, shelters, sites, animals, seats and votes: counted things or beasts, not the people in them or a toll ("17,900
     * displaced in 31 accommodation centres", "trois cents maisons", "plus de 2 000 poissons morts"). The noun after
     * the number, or the one after it ("accommodation centres", "health centres"), unless that one counts people
     * ("school children").
     */
    static final Set<String> THINGS = Set.of("houses", "house", "homes", "home", "buildings", "building",
            "dwellings", "schools", "school", "classrooms", "hospitals", "hospital", "clinics", "centres", "centre",
            "centers", "center", "sites", "site", "shelters", "shelter", "camps", "churches", "mosques", "bridges",
            "tents", "shops", "businesses", "factories", "farms", "wells", "structures", "facilities",
            "maisons", "maison", "habitations", "habitation", "logements", "logement", "batiments", "batiment",
            "immeubles", "immeuble", "edifices", "ecoles", "ecole", "salles", "hopitaux", "hopital", "cliniques",
            "dispensaires", "abris", "eglises", "mosquees", "ponts", "tentes", "commerces", "usines",
            "fermes", "puits", "etablissements", "infrastructures",
            "seats", "sieges", "votes", "voix", "ballots",
            "fish", "animals", "cattle", "livestock", "cows", "sheep", "goats", "horses", "birds", "chickens", "poultry",
            "poissons", "animaux", "betail", "vaches", "moutons", "chevres", "chevaux", "oiseaux", "poulets", "volailles");

    /** Words that make a figure a part of a whole counted before it: "260 morts, dont 110 civils", "including". */
    static final Set<String> PART_WORDS = Set.of("dont", "including", "among", "parmi", "notamment", "compris", "soit",
            "whom", "incluant");

    static final Set<String> PEOPLE = Set.of("personnes", "people", "civils", "civilians", "combattants", "fighters",
            "enfants", "children", "jihadistes", "jihadists", "rebelles", "rebels", "membres", "members", "soldats",
            "soldiers", "femmes", "women", "hommes", "men", "habitants", "residents", "persons", "militants",
            "militaires", "troops", "insurges", "familles", "families", "workers", "travailleurs", "humanitaires",
            "cases", "patients", "students", "etudiants", "eleves", "journalists", "journalistes", "migrants",
            "protesters", "demonstrators", "manifestants", "detainees", "prisoners", "prisonniers", "detenus",
            "hostages", "otages", "employees", "employes", "salaries", "volunteers", "benevoles", "pilgrims",
            "pelerins", "passengers", "passagers", "voters", "electeurs", "doctors", "medecins", "nurses",
            "infirmiers", "police", "policiers", "officers", "boys", "girls", "garcons", "filles", "adults",
            "adultes", "individuals", "individus", "villagers", "villageois", "citizens", "citoyens",
            "personnel", "staff", "nationals", "ressortissants", "refugees", "tourists", "touristes", "runners",
            "athletes", "participants", "fans", "spectators", "spectateurs", "visitors", "visiteurs", "collaborateurs",
            "collaboratrices", "agents", "miners", "mineurs", "firefighters", "pompiers", "rescuers", "secouristes");

    /** Verbs and nouns in the sentence that say what happened to the people counted. */
    static final Map<String, QuantityKind> SENTENCE_KINDS = withArabic(Map.ofEntries(
            Map.entry("tues", QuantityKind.DEATHS), Map.entry("tue", QuantityKind.DEATHS),
            Map.entry("tuees", QuantityKind.DEATHS), Map.entry("morts", QuantityKind.DEATHS),
            Map.entry("peri", QuantityKind.DEATHS), Map.entry("killed", QuantityKind.DEATHS),
            Map.entry("killing", QuantityKind.DEATHS), Map.entry("died", QuantityKind.DEATHS),
            Map.entry("death", QuantityKind.DEATHS), Map.entry("dead", QuantityKind.DEATHS),
            Map.entry("deaths", QuantityKind.DEATHS), Map.entry("bilan", QuantityKind.DEATHS),
            Map.entry("blesses", QuantityKind.INJURED), Map.entry("injured", QuantityKind.INJURED),
            Map.entry("wounded", QuantityKind.INJURED),
            Map.entry("fled", QuantityKind.DISPLACED), Map.entry("fui", QuantityKind.DISPLACED),
            Map.entry("fuir", QuantityKind.DISPLACED), Map.entry("fuient", QuantityKind.DISPLACED),
            Map.entry("displaced", QuantityKind.DISPLACED), Map.entry("deplaces", QuantityKind.DISPLACED),
            Map.entry("refugies", QuantityKind.DISPLACED), Map.entry("move", QuantityKind.DISPLACED),
            Map.entry("exodus", QuantityKind.DISPLACED), Map.entry("flee", QuantityKind.DISPLACED),
            Map.entry("fleeing", QuantityKind.DISPLACED), Map.entry("evacuated", QuantityKind.DISPLACED),
            Map.entry("evacuate", QuantityKind.DISPLACED), Map.entry("evacuees", QuantityKind.DISPLACED),
            Map.entry("evacues", QuantityKind.DISPLACED), Map.entry("evacuee", QuantityKind.DISPLACED),
            Map.entry("evacue", QuantityKind.DISPLACED), Map.entry("evacuation", QuantityKind.DISPLACED),
            Map.entry("deplacees", QuantityKind.DISPLACED), Map.entry("deplacee", QuantityKind.DISPLACED),
            Map.entry("deplace", QuantityKind.DISPLACED), Map.entry("uprooted", QuantityKind.DISPLACED),
            Map.entry("homeless", QuantityKind.DISPLACED), Map.entry("fuyant", QuantityKind.DISPLACED),
            Map.entry("fuite", QuantityKind.DISPLACED), Map.entry("sheltering", QuantityKind.DISPLACED),
            Map.entry("sheltered", QuantityKind.DISPLACED), Map.entry("hebergees", QuantityKind.DISPLACED),
            Map.entry("heberges", QuantityKind.DISPLACED),
            Map.entry("blessees", QuantityKind.INJURED), Map.entry("blesse", QuantityKind.INJURED),
            Map.entry("blessee", QuantityKind.INJURED), Map.entry("hurt", QuantityKind.INJURED),
            Map.entry("injuring", QuantityKind.INJURED), Map.entry("injuries", QuantityKind.INJURED),
            Map.entry("wounding", QuantityKind.INJURED),
            Map.entry("morte", QuantityKind.DEATHS), Map.entry("mortes", QuantityKind.DEATHS),
            Map.entry("perished", QuantityKind.DEATHS), Map.entry("tuant", QuantityKind.DEATHS),
            Map.entry("deces", QuantityKind.DEATHS), Map.entry("decedes", QuantityKind.DEATHS),
            // "affected" is the humanitarian count of people hit in any way (OCHA): not displaced, not injured
            Map.entry("affected", QuantityKind.AFFECTED), Map.entry("affectees", QuantityKind.AFFECTED),
            Map.entry("affectes", QuantityKind.AFFECTED), Map.entry("affectee", QuantityKind.AFFECTED),
            Map.entry("affecte", QuantityKind.AFFECTED), Map.entry("sinistres", QuantityKind.AFFECTED),
            Map.entry("sinistrees", QuantityKind.AFFECTED), Map.entry("touchees", QuantityKind.AFFECTED),
            Map.entry("impacted", QuantityKind.AFFECTED),
            Map.entry("drowned", QuantityKind.DEATHS), Map.entry("noyes", QuantityKind.DEATHS),
            Map.entry("noyees", QuantityKind.DEATHS)));

    static final Set<String> SUBJECT_STOPS = Set.of("dans", "in", "selon", "depuis", "since", "ont", "have", "has",
            "had", "were", "was", "are", "is", "a", "sont", "au", "aux", "en", "from", "to", "towards", "dont",
            "among", "including", "soit", "within", "near", "pres", "et", "and", "of", "de", "des", "du", "the",
            "ces", "qui", "who", "that", "sur", "on", "at", "par", "by", "pour", "for", "avec", "with", "le", "la",
            "les", "d", "l", "under", "over", "away", "auraient", "would", "will", "se", "s", "n", "ne", "etait",
            "etaient", "avait", "avaient", "sera", "seront",
            // a pronoun is never what is counted: "the 45 it reported", « les 3 tonnes qu'il avait annoncées »
            "it", "they", "he", "she", "we", "il", "elle", "ils", "elles", "nous", "que", "qu",
            // what a figure is set against is not what it counts: "41.3% of the vote against 40.1%"
            "against", "contre", "versus", "vs", "according",
            // a floating quantifier says how many of them act, not what is counted: "two main parties both claimed"
            "both", "each", "all", "tous", "toutes", "chacun", "chacune");

    /**
     * Words that open the next quantity, so they end the subject before it: "2 012 morts et plus de 2 000 blessés" is
     * "morts", not "morts et plus"; "242 dead and more than 1,500 injured" is "dead" (walker F26, F28).
     */
    static final Set<String> QUANTIFIERS = Set.of("plus", "moins", "environ", "quelque", "quelques", "presque",
            "jusqu", "jusque", "more", "less", "fewer", "about", "around", "nearly", "almost", "some", "least", "than",
            "roughly", "approximately", "up");

    /**
     * Verbs that follow what a figure counts and are never part of it: "About 300 trucks went to Gaza", "More than 40
     * schools remain closed", "Some 3,000 people marched", « Près de 40 écoles restent fermées » — the subject is
     * "trucks", "schools", "people", « écoles », not "trucks went" (whose extra word kept a report's "300 trucks" from
     * meeting two thirds of the figure's subject terms), and the adverbs before such a verb ("now", « encore »). No
     * word that may end a noun phrase ("left", "killed").
     */
    static final Set<String> VERBS_AFTER_A_COUNT = Set.of("went", "go", "goes", "came", "come", "comes", "remain",
            "remains", "remained", "stay", "stays", "stayed", "make", "makes", "made", "entered", "enter", "enters",
            "crossed", "cross", "crosses", "marched", "march", "arrived", "arrive", "arrives", "fled", "flee", "flees",
            "returned", "return", "returns", "gathered", "gather", "took", "take", "takes", "turned", "turn", "got",
            "get", "gets", "became", "become", "becomes", "stood", "stand", "stands", "face", "faces", "faced",
            "need", "needs", "needed", "lack", "lacks", "lacked", "await", "awaits", "awaited", "live", "lives",
            "lived", "burned", "burnt", "burn", "burns",
            // adverbs between the noun and its verb: "5,000 people now live", "40 schools still closed"
            "now", "still", "currently", "already", "encore", "toujours", "desormais", "actuellement", "deja",
            "restent", "reste", "demeurent", "demeure", "vont", "va", "sont", "arrivent", "entrent", "fuient",
            "manifestent", "attendent", "vivent", "brulent", "brule", "deviennent", "devient", "restaient");

    /** After "a"/"ont" ("a précisé", "ont indiqué"), or before the source after a comma ("..., indique l'OMS"). */
    static final Set<String> FR_VERB_CUES = Set.of("precise", "indique", "affirme", "declare", "annonce", "dit",
            "rapporte", "assure", "estime", "ajoute", "souligne", "confirme", "signale", "recense", "denombre",
            "chiffre", "evalue", "publie", "communique", "explique", "fait", "debloque", "alloue", "evoque");
    /**
     * Reporting verbs after their source ("OCHA said"). "put" ("the INGD put the number at 18,000") and "report"
     * (not the noun: "teams report that") are only read in those shapes ({@code Context.scan}).
     */
    static final Set<String> EN_VERB_CUES = Set.of("said", "says", "reported", "reports", "estimates", "estimated",
            "announced", "stated", "told", "claimed", "added", "confirmed", "put", "puts", "report", "released", "pledged", "allocated");
    /** English reporting verbs that may come before their source after a comma: "..., said the ministry". */
    static final Set<String> EN_INVERTED_VERBS = Set.of("said", "says", "added", "reported", "announced");
}
