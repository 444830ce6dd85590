package org.corroborate.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.extraction.UnitSpellings;
import org.corroborate.figure.FigureRow;
import org.corroborate.story.StoryDetails;
import org.jspecify.annotations.Nullable;

/**
 * A story's approved figures as schema.org ClaimReview JSON-LD, one review per figure: what an editor signed
 * off is what is published. Rejected figures, figures whose approval lapsed (their evidence changed since) and
 * figures not decided yet are left out.
 *
 * <p>{@code claimReviewed} is the sentence of the story that states the figure, {@code reviewBody} the wording
 * the editor approved, {@code datePublished} the day of the approval (UTC). The {@code author} is the
 * newsroom as an Organization: the approving editor's login is an internal name, not a byline.
 *
 * <p>The rating turns the Admiralty credibility (1 confirmed .. 6 cannot be judged) around into schema.org's
 * "higher is better": {@code ratingValue = 6 - credibility}, so 5 is confirmed by other sources and 0 cannot
 * be judged ({@code bestRating} 5, {@code worstRating} 0); {@code alternateName} is the figure's status
 * ("corroborated", "contested"...). The figure's value is a QuantitativeValue that the Claim is {@code about}:
 * {@code value} the best single number, {@code minValue} / {@code maxValue} the interval the workbench reads the
 * value as, its qualifier included ("about 25,000" → 23,750 .. 26,250, "nearly 90%" → 85.5 .. 90, "more than 300"
 * → 300 ..), an infinite side absent; {@code unitText} the unit.
 */
final class ClaimReviews {

    static final String CONTEXT = "https://schema.org";
    static final int BEST_RATING = 5;
    static final int WORST_RATING = 0;

    private ClaimReviews() {
    }

    /** Figures to publish a review of: those an editor approved, still anchored in the text. */
    static boolean reviewable(ExportedFigure figure) {
        return !figure.figure().detached() && figure.approved();
    }

    static int ratingValue(int credibility) {
        return Math.max(WORST_RATING, Math.min(BEST_RATING, 6 - credibility));
    }

    static Map<String, Object> document(StoryDetails story, String storyUrl, List<ExportedFigure> figures,
            String author) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", CONTEXT);
        document.put("@graph", figures.stream().filter(ClaimReviews::reviewable)
                .map(f -> review(story, storyUrl, f, author)).toList());
        return document;
    }

    private static Map<String, Object> review(StoryDetails story, String storyUrl, ExportedFigure checked,
            String author) {
        FigureRow f = checked.figure();
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        appearance.put("url", storyUrl);
        appearance.put("headline", story.title());
        if (story.publishedAt() != null) {
            appearance.put("datePublished", story.publishedAt().toString());
        }

        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        claim.put("appearance", appearance);
        claim.put("about", value(checked));

        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("ratingValue", ratingValue(checked.standing().credibility()));
        rating.put("bestRating", BEST_RATING);
        rating.put("worstRating", WORST_RATING);
        rating.put("alternateName", checked.standing().status().label());
        if (!checked.standing().explanation().isEmpty()) {
            rating.put("ratingExplanation", String.join(" ", checked.standing().explanation()));
        }

        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@type", "ClaimReview");
        review.put("url", storyUrl + "?figure=" + f.id());
        review.put("claimReviewed", checked.sentence());
        if (checked.review().wording() != null) {
            review.put("reviewBody", checked.review().wording());
        }
        review.put("itemReviewed", claim);
        review.put("reviewRating", rating);
        review.put("author", Map.of("@type", "Organization", "name", author));
        review.put("datePublished", LocalDate.ofInstant(checked.review().decidedAt(), ZoneOffset.UTC).toString());
        review.put("inLanguage", story.language());
        return review;
    }

    private static Map<String, Object> value(ExportedFigure checked) {
        FigureRow f = checked.figure();
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@type", "QuantitativeValue");
        value.put("name", f.quote());
        put(value, "value", BestValue.of(f));
        put(value, "minValue", checked.interval().lower());
        put(value, "maxValue", checked.interval().upper());
        if (f.unit() != null) {
            value.put("unitText", UnitSpellings.symbol(f.unit()));
        }
        return value;
    }

    private static void put(Map<String, Object> map, String key, @Nullable BigDecimal number) {
        if (number != null) {
            // Plain digits: stripTrailingZeros alone turns 70 into 7E+1.
            map.put(key, new BigDecimal(number.stripTrailingZeros().toPlainString()));
        }
    }
}
