package org.corroborate.extraction;

import java.util.List;

/** Infers what a figure counts from its unit, the noun after it and the sentence's verbs. */
final class KindReader {

    private final List<Token> t;
    private final String text;
    private final int[] sentenceOf;

    KindReader(NumberRecognizer.Analysis a, int[] sentenceOf) {
        this.t = a.tokens();
        this.text = a.text();
        this.sentenceOf = sentenceOf;
    }

    private String w(int i) {
        return i >= 0 && i < t.size() ? t.get(i).norm() : ""; // norms are already accent-stripped (Lexer)
    }

    private boolean same(int i, int j) {
        return i >= 0 && j >= 0 && i < t.size() && j < t.size() && sentenceOf[i] == sentenceOf[j];
    }

    /** First content word after the number: skips "de", "d'", "of", "des", "the". */
    private int noun(int from) {
        int k = from;
        for (int n = 0; n < 3 && k < t.size(); n++) {
            String x = w(k);
            if (x.equals("de") || x.equals("d") || x.equals("of") || x.equals("des") || x.equals("'")
                    || t.get(k).isSymbol('\'') || t.get(k).isSymbol('’')) {
                k++;
            } else {
                break;
            }
        }
        return k < t.size() && t.get(k).isWord() && same(k, Math.max(from - 1, 0)) ? k : -1;
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
        if (nn >= 0 && t.get(nn).hasCue(Cues.TIME_UNIT)) { // Cues.TIME_UNITS; noun() only returns words
            return QuantityKind.DURATION;
        }
        QuantityKind k = Cues.NOUN_KINDS.get(noun);
        if (k != null) {
            return k;
        }
        // "le nombre de localités" after, "the number of villages ... to 15" before
        if (w(nounFrom).equals("le") && w(nounFrom + 1).equals("nombre")) {
            QuantityKind x = Cues.NOUN_KINDS.get(w(noun(nounFrom + 2)));
            if (x != null) {
                return x;
            }
        }
        for (int b = from - 1; b >= 0 && b > from - 12 && same(b, from); b--) {
            if ((w(b).equals("number") || w(b).equals("nombre")) && (w(b + 1).equals("of") || w(b + 1).equals("de"))) {
                QuantityKind x = Cues.NOUN_KINDS.get(w(b + 2));
                if (x != null) {
                    return x;
                }
            }
        }
        // People counted: what happened to them is in the sentence; nearest cue wins.
        QuantityKind best = null;
        for (int d = 1; d < 60; d++) {
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
        if (k < 0 || k >= t.size() || !same(k, from) || !t.get(k).hasCue(Cues.SENTENCE_KIND)) {
            return null;
        }
        return Cues.SENTENCE_KINDS.get(w(k));
    }

    /** The counted noun phrase as written: "membres des forces prorégime", "jihadistes et rebelles". */
    String subject(int nounFrom, String unit) {
        int s = noun(nounFrom);
        if (s < 0 || t.get(s).hasCue(Cues.SUBJECT_STOP | Cues.TIME_UNIT)) { // noun() only returns words
            return null;
        }
        int e = s + 1;
        int lastContent = s;
        while (e < t.size() && e - s < 8 && same(e, s)) {
            Token k = t.get(e);
            String x = w(e);
            boolean connector = x.equals("des") || x.equals("de") || x.equals("du") || x.equals("et") || x.equals("and")
                    || x.equals("of") || x.equals("the") || x.equals("d") || x.equals("l") || k.isSymbol('\'')
                    || k.isSymbol('’');
            if (!k.isWord() && !connector) {
                break;
            }
            if (!connector && k.hasCue(Cues.SUBJECT_END)) { // k is a word here
                break;
            }
            if (!connector) {
                lastContent = e;
            }
            e++;
        }
        return text.substring(t.get(s).start(), t.get(lastContent).end());
    }
}
