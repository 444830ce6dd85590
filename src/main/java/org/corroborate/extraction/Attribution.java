package org.corroborate.extraction;

/**
 * Who a figure is attributed to in its sentence, as written ("l'OSDH", "the Syrian Observatory
 * for Human Rights"), with the cue that introduces it ("selon", "a précisé", "said", "citing").
 * Offsets are those of the mention.
 */
public record Attribution(String mention, int start, int end, String cue) {
}
