package org.corroborate.evidence;

/** What a linked assertion does for a figure. */
public enum EvidenceRelation {
    SUPPORTS, CONTRADICTS, CONTEXT
}
