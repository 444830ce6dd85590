package org.corroborate.extraction;

/**
 * An ordinal in a text: "11th", "vingt-cinquième" (value "11", "25"), or a relative one whose
 * value is the reference's position ("end+0" for "last", "current+1" for "next", "end-1" for
 * "penultimate"). {@code text} is {@code text.substring(start, end)}.
 */
public record OrdinalMention(int start, int end, String text, String value) {
}
