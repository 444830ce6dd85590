package org.corroborate.report;

import org.corroborate.extraction.QuantityKind;
import org.jspecify.annotations.Nullable;

/**
 * The terms candidate evidence is looked up by, for an assertion of this kind and subject. The evidence feature
 * knows them; the bulk import writes them with each assertion rather than updating every row it just inserted.
 */
public interface AssertionTerms {

    long[] of(QuantityKind kind, @Nullable String subject);
}
