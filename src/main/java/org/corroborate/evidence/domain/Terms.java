package org.corroborate.evidence.domain;

import java.util.Arrays;
import java.util.List;
import org.corroborate.extraction.TextNormaliser;

/**
 * Subject, place and period terms for matching, French and English: accent- and case-insensitive,
 * plurals reduced (a trailing s or x dropped), stop words ignored, synonyms folded into one concept
 * (prorégime = pro-regime = regime forces' "regime" = government = loyalists = army; morts = tués =
 * killed = deaths; villages = localités = hamlets ...). A term is a long: a synonym group's negative
 * id, or the positive hash of the reduced word. Scanning allocates nothing per text.
 */
final class Terms {

    static final long STOP = 0;
    private static final int MAX_WORD = 48;

    private static final List<List<String>> SYNONYMS = List.of(
            List.of("régime", "prorégime", "government", "gouvernement", "gouvernemental", "gouvernementale",
                    "gouvernementales", "gouvernementaux", "loyalist", "loyaliste", "loyal", "loyaux", "army",
                    "armée", "proregime"),
            List.of("forces", "force", "troops", "troupes", "militiamen", "miliciens", "militias", "milices",
                    "soldiers", "soldats"),
            List.of("jihadistes", "jihadists", "djihadistes", "jihadis", "islamistes", "islamists"),
            List.of("rebelles", "rebels", "insurgés", "insurgents", "opposition"),
            List.of("civils", "civiles", "civilians"),
            List.of("combattants", "fighters", "combatants"),
            List.of("deux", "both", "two"),
            List.of("camps", "sides"),
            List.of("morts", "mort", "tués", "tuées", "tué", "killed", "deaths", "death", "dead", "décès", "péri",
                    "victimes", "victims"),
            List.of("villages", "localités", "localité", "villes", "ville", "hamlets", "localities", "locality",
                    "towns", "cities", "city", "bourgs", "hameaux", "hameau"),
            List.of("pris", "prises", "prise", "repris", "reprises", "reprise", "reconquis", "reconquises",
                    "captured", "capture", "taken", "retaken", "seized", "libéré", "libérés", "libérées",
                    "liberated", "gained", "gagné"),
            List.of("contrôle", "contrôlée", "contrôlé", "contrôlés", "control", "controlled", "held", "tenu",
                    "tenus", "tenues"),
            List.of("déplacés", "déplacées", "déplacé", "displaced", "fled", "fui", "fuite", "exode", "exodus",
                    "fleeing", "flee"),
            List.of("réfugiés", "réfugié", "refugees", "refugee"),
            List.of("territoire", "territory", "superficie", "territoires", "territories"),
            List.of("guerre", "war", "conflit", "conflict"),
            List.of("syrie", "syria", "syrien", "syrienne", "syrian"),
            List.of("enfants", "enfant", "children", "child"),
            List.of("personnes", "people", "persons", "gens", "habitants", "inhabitants"),
            List.of("part", "share", "proportion", "pourcentage", "percentage"),
            List.of("sud", "south", "southern"),
            List.of("nord", "north", "northern"),
            List.of("ouest", "west", "western"),
            List.of("raids", "frappes", "strikes", "airstrikes", "bombardements", "bombings", "raid", "frappe"),
            List.of("largeur", "width", "wide", "large"),
            List.of("démilitarisée", "demilitarised", "demilitarized", "démilitarisé"),
            List.of("décembre", "december", "dec"),
            List.of("idleb", "idlib"),
            // the next stories' words (third walk, H11: « une trentaine de maisons » and « 36 habitations » did not meet)
            List.of("maisons", "maison", "habitations", "habitation", "logements", "logement", "homes", "home",
                    "houses", "house", "dwellings", "dwelling"),
            List.of("blessés", "blessé", "blessées", "blessée", "injured", "wounded", "hurt"),
            List.of("pompiers", "pompier", "sapeurs", "firefighters", "firefighter", "firemen"),
            List.of("évacués", "évacuées", "évacué", "évacuée", "evacuated", "evacuees", "evacuee"),
            List.of("votes", "vote", "voix", "suffrages", "suffrage", "ballots", "ballot", "bulletins"),
            List.of("sièges", "siège", "seats", "seat"),
            List.of("électeurs", "électrices", "électeur", "voters", "voter", "votants"),
            List.of("disparus", "disparues", "disparu", "missing"),
            List.of("arrêtés", "arrêtées", "interpellés", "interpellées", "arrested", "detained", "détenus"),
            List.of("participation", "turnout"),
            List.of("hôpitaux", "hôpital", "hospitals", "hospital"),
            List.of("écoles", "école", "schools", "school"),
            List.of("bilan", "bilans", "toll", "tolls"));

    /**
     * Groups whose words say no more than a toll's kind already does (people, the dead, the injured, the displaced,
     * the evacuated, a toll): "two people were killed" and "three dead" count the same thing, and « Neuf personnes
     * ont été blessées » and « 9 blessés » too (G4, H11). For a measure counted by its kind they are no subject terms.
     */
    private static final List<String> KIND_ONLY_GROUPS = List.of("people", "dead", "injured", "displaced",
            "evacuated", "toll");

    private static final List<String> STOP_WORDS = List.of("les", "des", "du", "de", "la", "le", "et", "and", "of",
            "the", "in", "by", "par", "from", "to", "on", "since", "depuis", "dans", "en", "au", "aux", "sur",
            "for", "pour", "with", "avec", "dont", "including", "among", "parmi", "qui", "that", "une", "un", "a",
            "an", "membres", "members", "member", "membre", "past", "ces", "this", "these", "est", "was", "were",
            "ont", "été", "have", "has", "been",
            // possessives say whose, not what: "five of its members" and "six of our members" count the same people
            "its", "our", "their", "his", "her", "my", "your", "leur", "leurs", "nos", "notre", "ses", "sa",
            "vos", "votre", "mes", "mon", "ma");

    static final Terms DEFAULT = new Terms();

    private final LongLongMap dictionary;
    /** By synonym group: its words only restate a toll's kind ({@link #KIND_ONLY_GROUPS}). */
    private final boolean[] kindOnly = new boolean[SYNONYMS.size()];

    private Terms() {
        dictionary = new LongLongMap(SYNONYMS.stream().mapToInt(List::size).sum() + STOP_WORDS.size());
        Scanner scanner = new Scanner(null);
        for (String stop : STOP_WORDS) {
            long hash = scanner.wordHash(stop);
            if (hash != 0) {
                dictionary.put(hash, STOP);
            }
        }
        for (int g = 0; g < SYNONYMS.size(); g++) {
            for (String word : SYNONYMS.get(g)) {
                dictionary.put(scanner.wordHash(word), -(g + 1));
            }
            kindOnly[g] = SYNONYMS.get(g).stream().anyMatch(KIND_ONLY_GROUPS::contains);
        }
    }

    /** The distinct terms of a text, at most 64 (a figure's subject is a few words). */
    long[] terms(String text) {
        return terms(text, false);
    }

    /**
     * The distinct terms of a subject of a measure its kind counts (a toll): without the words that only restate the
     * kind ("people", "dead", « blessés »), so "two people" and "three dead" both state no subject of their own.
     */
    long[] termsBeyondKind(String text) {
        return terms(text, true);
    }

    /** Whether a term is a word that only restates a toll's kind. */
    boolean kindOnly(long term) {
        return term < 0 && term >= -kindOnly.length && kindOnly[(int) (-term - 1)];
    }

    private long[] terms(String text, boolean beyondKind) {
        long[] found = new long[64];
        int[] count = {0};
        new Scanner(this).scan(text, term -> {
            if (beyondKind && kindOnly(term)) {
                return;
            }
            for (int i = 0; i < count[0]; i++) {
                if (found[i] == term) {
                    return;
                }
            }
            if (count[0] < found.length) {
                found[count[0]++] = term;
            }
        });
        return Arrays.copyOf(found, count[0]);
    }

    Scanner scanner() {
        return new Scanner(this);
    }

    interface TermSink {
        void accept(long term);
    }

    /** Reusable, not thread-safe: one per ranking. */
    static final class Scanner {
        private final Terms terms;
        private final char[] word = new char[MAX_WORD];
        private final TermSink marker = this::mark;
        private long[] wanted;
        private long matched;
        private boolean sawTerm;
        private boolean beyondKind;

        Scanner(Terms terms) {
            this.terms = terms;
        }

        /** Bit i set when wanted[i] occurs in the text. */
        long matchMask(CharSequence text, long[] wantedTerms) {
            return matchMask(text, wantedTerms, false);
        }

        /**
         * {@link #matchMask(CharSequence, long[])}; with {@code beyondKind}, words that only restate a toll's kind are
         * no terms (see {@link Terms#termsBeyondKind}).
         */
        long matchMask(CharSequence text, long[] wantedTerms, boolean beyondKind) {
            this.beyondKind = beyondKind;
            wanted = wantedTerms;
            matched = 0;
            sawTerm = false;
            scan(text, marker);
            return matched;
        }

        /** Whether the text of the last {@link #matchMask} call had any term at all (a subject said, not empty). */
        boolean sawTerm() {
            return sawTerm;
        }

        private void mark(long term) {
            if (beyondKind && terms.kindOnly(term)) {
                return;
            }
            sawTerm = true;
            for (int i = 0; i < wanted.length; i++) {
                if (wanted[i] == term) {
                    matched |= 1L << i;
                }
            }
        }

        void scan(CharSequence text, TermSink sink) {
            if (text == null) {
                return;
            }
            int len = 0;
            for (int i = 0, n = text.length(); i <= n; i++) {
                char c = i < n ? text.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    char f = TextNormaliser.foldChar(c);
                    if (len < MAX_WORD - 1) {
                        word[len++] = f;
                        if (c == 'œ' || c == 'Œ') {
                            word[len - 1] = 'o';
                            word[len++] = 'e';
                        }
                    }
                } else if (len > 0) {
                    emit(len, sink);
                    len = 0;
                }
            }
        }

        private void emit(int len, TermSink sink) {
            if (len < 3 && !Character.isDigit(word[0])) {
                return;
            }
            long hash = hash(stem(len));
            long term = terms == null ? hash : terms.dictionary.get(hash, hash);
            if (term != STOP) {
                sink.accept(term);
            }
        }

        private int stem(int len) {
            if (len > 3 && (word[len - 1] == 's' && word[len - 2] != 's' || word[len - 1] == 'x')) {
                return len - 1;
            }
            return len;
        }

        private long hash(int len) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < len; i++) {
                h = (h ^ word[i]) * 0x100000001b3L;
            }
            h &= Long.MAX_VALUE;
            return h == 0 ? 1 : h;
        }

        long wordHash(String w) {
            long[] out = new long[1];
            scan(w, t -> out[0] = t);
            return out[0];
        }
    }

}
