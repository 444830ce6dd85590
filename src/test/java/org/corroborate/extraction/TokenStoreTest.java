package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of the lexer's storage give the same answers as the plain definitions: the word
 * table (packed keys, norm ids, interned norms, cue bits), the reusable token arrays, the
 * stopword count of language detection and the sentence splitter's mark search.
 */
class TokenStoreTest {

    /** The definition the word table must reproduce for every word. */
    private static String plainNorm(String word) {
        return TextNormaliser.foldWord(word.toLowerCase(Locale.ROOT));
    }

    private static int normId(WordTable words, String word) {
        char[] cs = word.toCharArray();
        return words.norm(cs, 0, cs.length);
    }

    @Provide
    Arbitrary<List<String>> words() {
        Arbitrary<String> latin1 = Arbitraries.strings().withChars("aAbBeEéÉèçÇôœŒßÿµ").withCharRange('a', 'z')
                .ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> other = Arbitraries.strings().withChars("İıΣσςЖжĞğ").withCharRange('a', 'e')
                .ofMinLength(1).ofMaxLength(12);
        return Arbitraries.oneOf(latin1, latin1, other).list().ofMaxSize(400);
    }

    @Property(tries = 200)
    void normsAreTheLowerCasedAccentFreeWordWithItsCueBits(@ForAll("words") List<String> list) {
        WordTable words = new WordTable();
        Map<String, Integer> ids = new HashMap<>();
        for (String w : list) {
            int id = normId(words, w);
            String norm = words.normOf(id);
            assertEquals(plainNorm(w), norm, w);
            assertSame(norm.intern(), norm, "norms are interned");
            assertEquals(Cues.bitsOf(norm), words.lastBits(), w);
            Integer before = ids.putIfAbsent(norm, id);
            assertEquals(before == null ? id : before, id, "one id per norm");
        }
    }

    /**
     * The classes kept by norm give the answers of the word lists they stand for, for every word of those lists and
     * for words of none (a figure's checks read them instead of looking the norm up).
     */
    @Test
    void classesOfANormAnswerAsItsWordLists() {
        List<String> norms = new ArrayList<>(List.of("selon", "morts", "xyz", "int", "dec", "'", "%", "le", "de"));
        for (java.util.Collection<String> list : List.of(Cues.PART_WORDS, Cues.IDENTIFIER_WORDS,
                Cues.IDENTIFIER_ABBREVIATIONS, Cues.NOT_A_SOURCE, Cues.WEEKDAYS, Cues.MONTHS, Cues.TIME_UNITS,
                NumberParser.EXTENDERS, Cues.APPROX_NOUNS.keySet(), Cues.NOUN_KINDS.keySet(),
                Cues.SENTENCE_KINDS.keySet(), Cues.DECLARING_OPENERS, Cues.FINITE_BE_HAVE_WORDS)) {
            norms.addAll(list);
        }
        for (String[] phrase : Cues.QUALIFIER_PHRASES) {
            norms.addAll(List.of(phrase));
        }
        WordTable words = new WordTable();
        for (String norm : norms) {
            int c = words.classes(words.idOf(norm));
            assertEquals(Cues.PART_WORDS.contains(norm), (c & Cues.PART_WORD) != 0, norm);
            assertEquals(Cues.IDENTIFIER_WORDS.contains(norm), (c & Cues.IDENTIFIER_WORD) != 0, norm);
            assertEquals(Cues.IDENTIFIER_ABBREVIATIONS.contains(norm), (c & Cues.IDENTIFIER_ABBREVIATION) != 0, norm);
            assertEquals(Cues.NOT_A_SOURCE.contains(norm), (c & Cues.NOT_SOURCE) != 0, norm);
            assertEquals(Cues.WEEKDAYS.contains(norm), (c & Cues.WEEKDAY) != 0, norm);
            assertEquals(Cues.MONTHS.contains(norm), (c & Cues.MONTH_NORM) != 0, norm);
            assertEquals(Cues.TIME_UNITS.contains(norm), (c & Cues.TIME_UNIT_NORM) != 0, norm);
            assertEquals(NumberParser.EXTENDERS.contains(norm), (c & Cues.EXTENDER) != 0, norm);
            assertEquals(Cues.APPROX_NOUNS.containsKey(norm), (c & Cues.APPROX_NOUN) != 0, norm);
            assertEquals(Cues.DECLARING_OPENERS.contains(norm), (c & Cues.DECLARING_OPENER) != 0, norm);
            assertEquals(Cues.FINITE_BE_HAVE_WORDS.contains(norm), (c & Cues.FINITE_BE_HAVE) != 0, norm);
            assertEquals(Cues.NOUN_KINDS.get(norm), Cues.nounKind(c), norm);
            assertEquals(Cues.SENTENCE_KINDS.get(norm), Cues.sentenceKind(c), norm);
            List<Integer> ending = IntStream.range(0, Cues.QUALIFIER_PHRASES.length)
                    .filter(p -> norm.equals(Cues.QUALIFIER_PHRASES[p][Cues.QUALIFIER_PHRASES[p].length - 1]))
                    .boxed().toList();
            assertEquals(ending, IntStream.of(Cues.qualifierPhrasesEndingInWord(c)).boxed().toList(), norm);
        }
    }

    /** Tokens numbered by their sentences as the lexer adds them get the sentence a reader would give them. */
    @Property(tries = 100)
    void tokensNumberedWhileLexedHaveTheirReadersSentence(@ForAll("sentences") String a, @ForAll("sentences") String b,
                                                          @ForAll("sentences") String c) {
        String text = a + ". " + b + "\n" + c + "! 3 morts.";
        SentenceBounds sentences = SentenceSplitter.split(text);
        Tokens tokens = new Tokens(4, new WordTable());
        tokens.numberBy(sentences);
        Lexer.lex(TextWindow.whole(text), 0, text.length(), Locale.FRENCH, tokens);
        int[] numbered = tokens.sentenceOfArray();
        for (int i = 0; i < tokens.size(); i++) {
            int s = 0;
            while (s + 1 < sentences.size() && tokens.start(i) >= sentences.end(s)) {
                s++;
            }
            assertEquals(s, numbered[i], "token " + i + " of " + text);
        }
        assertTrue(tokens.numberedBy(sentences));
        assertFalse(tokens.numberedBy(sentences.range(0, sentences.size())), "another range is numbered by a reader");
    }

    @Test
    void wordsThatShareTheirLastEightCharsStayApart() {
        WordTable words = new WordTable();
        int a = normId(words, "abcdefghij");
        int b = normId(words, "xbcdefghij");
        int c = normId(words, "bcdefghij");
        assertNotEquals(a, b);
        assertNotEquals(a, c);
        assertEquals("abcdefghij", words.normOf(a));
        assertEquals("xbcdefghij", words.normOf(b));
        assertEquals("bcdefghij", words.normOf(c));
        assertEquals(a, normId(words, "ABCDEFGHIJ"), "case variants share the norm");
    }

    @Test
    void keepsEveryWordThroughManyGrowths() {
        WordTable words = new WordTable();
        Random random = new Random(7);
        List<String> list = new ArrayList<>();
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int c = 0; c < length; c++) {
                b.append((char) ('a' + random.nextInt(26)));
            }
            list.add(b.toString());
        }
        int[] first = list.stream().mapToInt(w -> normId(words, w)).toArray();
        for (int k = 0; k < list.size(); k++) {
            assertEquals(first[k], normId(words, list.get(k)), list.get(k));
            assertEquals(list.get(k), words.normOf(first[k]));
        }
    }

    @Test
    void reusedTokenArraysForgetTheLastChunk() {
        Tokens tokens = new Tokens(4, new WordTable());
        String text = "12 morts, selon l'OSDH";
        Lexer.lex(TextWindow.whole(text), 0, text.length(), Locale.FRENCH, tokens);
        assertTrue(tokens.isNumeral(0));
        assertEquals(new BigDecimal("12"), tokens.value(0));
        assertTrue(tokens.markedSize() > 0);

        String other = ", selon 3";
        Lexer.lex(TextWindow.whole(other), 0, other.length(), Locale.FRENCH, tokens);
        assertEquals(3, tokens.size());
        assertTrue(tokens.isSymbol(0, ','));
        assertEquals(0, tokens.cues(0), "a symbol has no cue bits, whatever was there before");
        assertNull(tokens.value(0), "only numerals have a value");
        assertTrue(tokens.is(1, "selon"));
        assertEquals(new BigDecimal("3"), tokens.value(2));
        List<Integer> marked = new ArrayList<>();
        for (int m = 0; m < tokens.markedSize(); m++) {
            marked.add(tokens.marked(m));
        }
        assertEquals(List.of(2), marked, "only this chunk's marked tokens: the numeral");
    }

    @Test
    void sameComparesInternedNormsWithLiterals() {
        WordTable words = new WordTable();
        String selon = words.normOf(normId(words, "Selon"));
        assertTrue(Tokens.same(selon, "selon"));
        assertFalse(Tokens.same(selon, "selo"));
    }

    @Property(tries = 300)
    void languageDetectionCountsStopwordsAsWritten(@ForAll("sentences") String text) {
        assertEquals(plainDetect(text), Lang.detect(text), text);
    }

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of("Le", "les", "DES", "été", "Été", "the", "The", "OF", "and", "selon", "since", "İn",
                "ΣΤΗΝ", "morts", "killed", "déplacés", "people", "an", "ist", "Ünd", "ñ", "x", "ıs", "3", ",", " ")
                .list().ofMaxSize(30).map(l -> String.join(" ", l));
    }

    /** Language detection as first written: substring, lower case and set look-ups. */
    private static Locale plainDetect(String text) {
        java.util.Set<String> fr = Lang.FR;
        java.util.Set<String> en = Lang.EN;
        int f = 0;
        int e = 0;
        int n = text.length();
        int i = 0;
        int count = 0;
        while (i < n && count < 5000) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j > i && j - i <= 6) {
                String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                f += fr.contains(w) ? 1 : 0;
                e += en.contains(w) ? 1 : 0;
            }
            count++;
            i = j;
        }
        return f > e ? Locale.FRENCH : Locale.ENGLISH;
    }

    @Test
    void splitsOnEveryKindOfMark() {
        String text = "Un.\rDeux !Trois? Quatre… cinq\nIl a dit \"six.\" Sept";
        List<String> parts = sentences(text).stream().map(String::strip).toList();
        assertEquals(List.of("Un.", "Deux !", "Trois?", "Quatre…", "cinq", "Il a dit \"six.\"", "Sept"), parts);
        assertEquals(List.of("Un.", " Deux, M. Trois."), sentences("Un. Deux, M. Trois."));
    }

    @Test
    void sentenceRangesNumberTheirSentencesFromZero() {
        SentenceBounds all = SentenceSplitter.split("Un. Deux. Trois. Quatre.");
        SentenceBounds middle = all.range(1, 3);
        assertEquals(2, middle.size());
        assertEquals(all.start(1), middle.start(0));
        assertEquals(all.end(2), middle.end(1));
        assertEquals(0, middle.range(1, 1).size());
        assertThrows(IndexOutOfBoundsException.class, () -> middle.range(1, 3));
    }

    private static List<String> sentences(String text) {
        SentenceBounds s = SentenceSplitter.split(text);
        return IntStream.range(0, s.size()).mapToObj(k -> text.substring(s.start(k), s.end(k))).toList();
    }
}
