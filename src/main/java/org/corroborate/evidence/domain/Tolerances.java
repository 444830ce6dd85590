package org.corroborate.evidence.domain;

import java.math.BigDecimal;

/**
 * The settings an admin can change that turn a stated value into an interval. Shares are fractions
 * of the stated number (0.05 = 5 %).
 *
 * @param approximate      "environ", "about", "some": ± this share. Default 5 %: "environ 260" → [247, 273].
 * @param nearly           "près de", "nearly": this share below the number, up to the number itself.
 *                         Default 5 %: "près de 70" → [66.5, 70].
 * @param vague            "des millions", "dozens": the stated bounds widened outward by this share,
 *                         because such words only give an order of magnitude. Default 20 %.
 * @param largeRoundWord   "une centaine", "un millier", "a hundred": ± this share. Default 20 %:
 *                         "une centaine" → [80, 120]. Smaller round words have a fixed span, see
 *                         {@link IntervalReader}.
 * @param precisionCap     a plain number ending in zeros is read at the precision it shows, but never
 *                         wider than ± this share, so "100" reads [90, 110) rather than [50, 150).
 *                         Default 10 %.
 */
public record Tolerances(BigDecimal approximate, BigDecimal nearly, BigDecimal vague, BigDecimal largeRoundWord,
                         BigDecimal precisionCap) {

    public Tolerances {
        requireShare("approximate", approximate);
        requireShare("nearly", nearly);
        requireShare("vague", vague);
        requireShare("largeRoundWord", largeRoundWord);
        requireShare("precisionCap", precisionCap);
    }

    public static Tolerances defaults() {
        return new Tolerances(new BigDecimal("0.05"), new BigDecimal("0.05"), new BigDecimal("0.20"),
                new BigDecimal("0.20"), new BigDecimal("0.10"));
    }

    public Tolerances withApproximate(BigDecimal share) {
        return new Tolerances(share, nearly, vague, largeRoundWord, precisionCap);
    }

    public Tolerances withNearly(BigDecimal share) {
        return new Tolerances(approximate, share, vague, largeRoundWord, precisionCap);
    }

    private static void requireShare(String name, BigDecimal share) {
        if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException(name + " must be a share in [0, 1), was " + share);
        }
    }
}
