package org.corroborate.figure;

/** Where a suggested figure stands: waiting, turned into a figure, or dismissed by a fact-checker. */
public enum SuggestionState {
    SUGGESTED, ACCEPTED, DISMISSED
}
