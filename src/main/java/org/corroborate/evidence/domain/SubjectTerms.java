package org.corroborate.evidence.domain;

/**
 * The terms the ranker matches subjects on (accent- and case-folded, plurals stemmed, French and English
 * synonyms merged, stop words dropped), as stable numbers: stored with each assertion so that the
 * database can pre-select candidates that share a term with a figure.
 */
public final class SubjectTerms {

    private SubjectTerms() {
    }

    public static long[] of(String subject) {
        return subject == null ? new long[0] : Terms.DEFAULT.terms(subject);
    }
}
