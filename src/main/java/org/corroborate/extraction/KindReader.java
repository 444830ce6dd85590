package org.corroborate.extraction;

import java.util.List;

/** Infers what a figure counts from its unit, the noun after it and the sentence's verbs. */
final class KindReader {

    private final Tokens t;
    private final String text;
    private final int[] sentenceOf;

    KindReader(NumberRecognizer.Analysis a, int[] sentenceOf) {
        this.t = a.toks();
        this.text = a.text();
        this.sentenceOf = sentenceOf;
    }

    private String w(int i) {
        return i >= 0 && i < t.size() ? t.norm(i) : ""; // norms are already accent-stripped (Lexer)
    }

    private boolean same(int i, int j) {
        return i >= 0 && j >= 0 && i < t.size() && j < t.size() && sentenceOf[i] == sentenceOf[j];
    }

    /** First content word after the number: skips "de", "d'", "of", "des", "the". */
    private int noun(int from) {
        int k = from;
        for (int n = 0; n < 3 && k < t.size(); n++) {
            // Cues.NOUN_SKIPS; only the apostrophe symbols have the norm "'"
            if (t.isWord(k) && t.hasCue(k, Cues.NOUN_SKIP) || t.isSymbol(k, '\'') || t.isSymbol(k, '’')) {
                k++;
            } else {
                break;
            }
        }
        return k < t.size() && t.isWord(k) && same(k, Math.max(from - 1, 0)) ? k : -1;
    }

    QuantityKind kind(int from, int nounFrom, String unit) {
        if (unit != null) {
            switch (unit) {
                case "km2", "m2", "ha", "acre" -> {
                    return QuantityKind.AREA;
                }
                case "km", "m", "mi", "ft", "cm", "mm", "yd" -> {
                    return QuantityKind.DISTANCE;
                }
                case "%" -> {
                    return QuantityKind.SHARE;
                }
                case "$", "€" -> {
                    return QuantityKind.MONEY;
                }
                default -> {
                }
            }
        }
        int nn = noun(nounFrom);
        String noun = nn < 0 ? "" : w(nn);
        if (nn >= 0 && t.hasCue(nn, Cues.TIME_UNIT)) { // Cues.TIME_UNITS; noun() only returns words
            return QuantityKind.DURATION;
        }
        QuantityKind k = Cues.NOUN_KINDS.get(noun);
        if (k != null) {
            return k;
        }
        // "le nombre de localités" after, "the number of villages ... to 15" before
        if (Tokens.same(w(nounFrom), "le") && Tokens.same(w(nounFrom + 1), "nombre")) {
            QuantityKind x = Cues.NOUN_KINDS.get(w(noun(nounFrom + 2)));
            if (x != null) {
                return x;
            }
        }
        for (int b = from - 1; b >= 0 && b > from - 12 && same(b, from); b--) {
            if (t.isWord(b) && t.hasCue(b, Cues.NUMBER_NOUN) && (Tokens.same(w(b + 1), "of") || Tokens.same(w(b + 1), "de"))) {
                QuantityKind x = Cues.NOUN_KINDS.get(w(b + 2));
                if (x != null) {
                    return x;
                }
            }
        }
        // People counted: what happened to them is in the sentence; nearest cue wins.
        QuantityKind best = null;
        for (int d = 1; d < 60; d++) {
            if (!same(from - d, from) && !same(from + d, from)) {
                break; // a sentence is a run of tokens: both sides have left it for good
            }
            QuantityKind x = sentenceKind(from - d, from); // before wins a tie, as it is looked at first
            if (x == null) {
                x = sentenceKind(from + d, from);
            }
            if (x != null) {
                best = x;
                break;
            }
        }
        if (best != null) {
            return best;
        }
        return Cues.PEOPLE.contains(noun) ? QuantityKind.PEOPLE : QuantityKind.OTHER;
    }

    /** The Cues.SENTENCE_KINDS kind of token k when it is in the sentence of token from, else null. */
    private QuantityKind sentenceKind(int k, int from) {
        if (k < 0 || k >= t.size() || !same(k, from) || !t.hasCue(k, Cues.SENTENCE_KIND)) {
            return null;
        }
        return Cues.SENTENCE_KINDS.get(w(k));
    }

    /** The counted noun phrase as written: "membres des forces prorégime", "jihadistes et rebelles". */
    String subject(int nounFrom, String unit) {
        int s = noun(nounFrom);
        if (s < 0 || t.hasCue(s, Cues.SUBJECT_STOP | Cues.TIME_UNIT)) { // noun() only returns words
            return null;
        }
        int e = s + 1;
        int lastContent = s;
        while (e < t.size() && e - s < 8 && same(e, s)) {
            boolean connector = t.isWord(e) && t.hasCue(e, Cues.CONNECTOR) // Cues.CONNECTORS
                    || t.isSymbol(e, '\'') || t.isSymbol(e, '’');
            if (!t.isWord(e) && !connector) {
                break;
            }
            if (!connector && t.hasCue(e, Cues.SUBJECT_END)) { // e is a word here
                break;
            }
            if (!connector) {
                lastContent = e;
            }
            e++;
        }
        return text.substring(t.start(s), t.end(lastContent));
    }
}
