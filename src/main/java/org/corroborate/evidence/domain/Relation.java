package org.corroborate.evidence.domain;

/**
 * How a fact-checker linked an assertion to a figure. An "earlier" value is not a relation of its
 * own: it is linked as CONTEXT (the ranker proposes that) and the engine recognises it as history
 * from its time and value, see {@link ValueComparison}.
 */
public enum Relation {
    SUPPORTS, CONTRADICTS, CONTEXT
}
