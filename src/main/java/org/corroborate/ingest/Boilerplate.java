package org.corroborate.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes out of a page, before Readability scores it, what news sites mark as not being the article: menus,
 * asides, forms and footers, and blocks whose class or id names an ad, a share bar, a newsletter box, a
 * "read also" link, a teaser list, a cookie banner or comments. Readability judges blocks by their text, so an
 * ad's sales pitch or a box of links between two paragraphs can pass as article; their markup gives them
 * away. A block holding the headline or most of the page's text is never taken out, whatever its name. Plain
 * Java.
 */
final class Boilerplate {

    private static final String TAGS = "nav, aside, footer, form, button, noscript, iframe, amp-ad, amp-sidebar, "
            + "amp-sticky-ad, [role=navigation], [role=complementary], [role=contentinfo], [aria-hidden=true]";
    private static final Set<String> WORDS = Set.of("ad", "ads", "adslot", "advert", "adverts", "advertisement",
            "advertising", "pub", "publicite", "sponsor", "sponsored", "promo", "newsletter", "subscribe", "paywall",
            "share", "sharing", "social", "related", "readalso", "lireaussi", "teaser", "teasers", "recommended",
            "outbrain", "taboola", "cookie", "cookies", "consent", "comment", "comments", "disqus", "sidebar",
            "breadcrumb", "breadcrumbs", "mostread", "popular", "byline", "tags");
    /** A block named like boilerplate that holds more than this share of the page's text is the article's frame. */
    private static final double MOST_OF_THE_PAGE = 0.4;

    private Boilerplate() {
    }

    static void strip(Document page) {
        int whole = page.body() == null ? 0 : page.body().text().length();
        Element headline = page.selectFirst("h1");
        for (Element e : page.select(TAGS)) {
            removeUnlessFrame(e, headline, whole);
        }
        for (Element e : page.select("[class], [id]")) {
            if (e.parent() != null && named(e)) {
                removeUnlessFrame(e, headline, whole);
            }
        }
    }

    private static void removeUnlessFrame(Element e, Element headline, int whole) {
        boolean holdsHeadline = headline != null && (e == headline || headline.parents().contains(e));
        if (!holdsHeadline && e.text().length() <= whole * MOST_OF_THE_PAGE && e.parent() != null) {
            e.remove();
        }
    }

    private static boolean named(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        List<String> tokens = Arrays.stream(names.split("[\\s_-]+")).filter(t -> !t.isEmpty()).toList();
        if (tokens.stream().anyMatch(WORDS::contains)) {
            return true;
        }
        // "read-also", "most_read", "ad-slot": the words of a class written as one
        for (String name : names.split("\\s+")) {
            if (WORDS.contains(name.replaceAll("[_-]", ""))) {
                return true;
            }
        }
        return false;
    }
}
