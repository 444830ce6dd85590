package org.corroborate.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated newsroom: many events in different places and months (wars, floods, earthquakes...), each with a story
 * and 20–40 reports in French and English whose tolls rise and conflict, written as wire copy is. Each event's story
 * states one toll, attributed to the UN; {@link #AGREEING} reports of the event state that same toll (the true
 * evidence a fact-checker links), the others earlier, later and conflicting tolls. Report times are unique, so a
 * report's time says its event.
 */
final class MultiEventData {

    static final int AGREEING = 3;

    /** One event: where (as French and English copy name it), what, from when. */
    record Event(int index, String placeFr, String placeEn, String whatFr, String whatEn, LocalDate start,
                 boolean displaced, int toll) {

        Instant storyDate() {
            return start.plusDays(5).atTime(18, 0).toInstant(ZoneOffset.UTC);
        }

        String storyLanguage() {
            return index % 2 == 0 ? "fr" : "en";
        }

        String storyTitle() {
            return (storyLanguage().equals("fr") ? whatFr + " à " + placeFr : whatEn + " in " + placeEn)
                    + " #" + index;
        }

        /** The story's toll as it is worded: the words the figure is anchored to. */
        String storyQuote() {
            return storyLanguage().equals("fr") ? "au moins " + toll + (displaced ? " personnes" : " morts")
                    : "at least " + toll + (displaced ? " people" : " dead");
        }

        String storyText() {
            String day = day(start, storyLanguage());
            if (storyLanguage().equals("fr")) {
                return whatFr + " à " + placeFr + " : les secours poursuivent leurs recherches.\n\n"
                        + (displaced ? "Depuis le " + day + ", " + storyQuote() + " ont été déplacées à " + placeFr
                                : "Depuis le " + day + ", " + whatFr.toLowerCase(Locale.ROOT) + " ont fait "
                                        + storyQuote() + " à " + placeFr)
                        + ", selon l'ONU. Les autorités redoutent un bilan plus lourd.";
            }
            return whatEn + " in " + placeEn + ": rescuers keep searching.\n\n"
                    + (displaced ? "Since " + day + ", " + storyQuote() + " have been displaced in " + placeEn
                            : "Since " + day + ", " + whatEn.toLowerCase(Locale.ROOT) + " have left "
                                    + storyQuote() + " in " + placeEn)
                    + ", according to the United Nations. Officials fear the toll will rise.";
        }
    }

    /** One report of an event, as the import takes it. */
    record GeneratedReport(int event, String title, String language, Instant published, String publisher,
                           String text, boolean agreeing) {
    }

    private static final String[][] PLACES = {
            {"Saraqeb", "Saraqib", "Les frappes aériennes", "Airstrikes", "2020-02-03", "d"},
            {"Alep", "Aleppo", "Le séisme", "The earthquake", "2023-02-06", "d"},
            {"Hama", "Hama", "Les bombardements", "Shelling", "2019-08-05", "d"},
            {"la Ghouta orientale", "Eastern Ghouta", "Les bombardements", "Shelling", "2018-02-18", "d"},
            {"Deraa", "Daraa", "L'offensive", "The offensive", "2018-06-19", "p"},
            {"Deir ez-Zor", "Deir ez-Zor", "Les combats", "Fighting", "2019-03-01", "d"},
            {"Raqqa", "Raqqa", "Les combats", "Fighting", "2017-10-01", "d"},
            {"Hodeïda", "Hodeidah", "L'offensive", "The offensive", "2018-06-13", "p"},
            {"Sanaa", "Sanaa", "Les raids aériens", "Air raids", "2022-01-17", "d"},
            {"Aden", "Aden", "Les affrontements", "Clashes", "2019-08-07", "d"},
            {"Marib", "Marib", "L'offensive", "The offensive", "2021-02-07", "p"},
            {"Taëz", "Taiz", "Les bombardements", "Shelling", "2016-03-10", "d"},
            {"El-Facher", "El Fasher", "Les combats", "Fighting", "2024-05-10", "d"},
            {"El Geneina", "El Geneina", "Les violences", "Violence", "2023-06-14", "p"},
            {"Khartoum", "Khartoum", "Les combats", "Fighting", "2023-04-15", "d"},
            {"Marioupol", "Mariupol", "Les bombardements", "Shelling", "2022-03-02", "d"},
            {"Bakhmout", "Bakhmut", "Les combats", "Fighting", "2023-01-10", "d"},
            {"Kharkiv", "Kharkiv", "Les frappes", "Strikes", "2024-05-10", "d"},
            {"Kherson", "Kherson", "Les inondations", "Floods", "2023-06-06", "p"},
            {"Odessa", "Odesa", "Les frappes", "Strikes", "2023-07-18", "d"},
            {"Kiev", "Kyiv", "Les frappes de missiles", "Missile strikes", "2024-07-08", "d"},
            {"Beira", "Beira", "Les inondations", "Floods", "2019-03-14", "d"},
            {"Palma", "Palma", "L'attaque", "The attack", "2021-03-24", "p"},
            {"Pemba", "Pemba", "Le cyclone", "The cyclone", "2019-04-25", "d"},
            {"Malawi", "Malawi", "Le cyclone", "The cyclone", "2023-03-12", "d"},
            {"Chimanimani", "Chimanimani", "Les crues", "Floods", "2019-03-15", "d"},
            {"Kahramanmaraş", "Kahramanmaras", "Le séisme", "The earthquake", "2023-02-06", "d"},
            {"Mossoul", "Mosul", "Les combats", "Fighting", "2017-07-01", "p"},
            {"Bagdad", "Baghdad", "Les attentats", "Bombings", "2021-01-21", "d"},
            {"Falloujah", "Fallujah", "Les combats", "Fighting", "2016-06-01", "p"},
            {"Kaboul", "Kabul", "Les attentats", "Bombings", "2021-08-26", "d"},
            {"Hérat", "Herat", "Le séisme", "The earthquake", "2023-10-07", "d"},
            {"Beyrouth", "Beirut", "L'explosion", "The explosion", "2020-08-04", "d"},
            {"Rafah", "Rafah", "Les frappes", "Strikes", "2024-05-07", "p"},
            {"Jénine", "Jenin", "Le raid", "The raid", "2023-07-03", "d"},
            {"Derna", "Derna", "Les inondations", "Floods", "2023-09-10", "d"},
            {"Al-Haouz", "Al Haouz", "Le séisme", "The earthquake", "2023-09-08", "d"},
            {"Mopti", "Mopti", "Les attaques", "Attacks", "2021-01-03", "d"},
            {"Maiduguri", "Maiduguri", "Les inondations", "Floods", "2024-09-10", "p"},
            {"Mogadiscio", "Mogadishu", "Les attentats", "Bombings", "2022-10-29", "d"},
            {"Tigré", "Tigray", "Les combats", "Fighting", "2021-06-22", "p"},
            {"Goma", "Goma", "L'éruption", "The eruption", "2021-05-22", "p"},
            {"Rakhine", "Rakhine", "Les violences", "Violence", "2017-08-25", "p"},
            {"Port-au-Prince", "Port-au-Prince", "Le séisme", "The earthquake", "2021-08-14", "d"},
            {"Katmandou", "Kathmandu", "Le séisme", "The earthquake", "2015-04-25", "d"},
            {"Sind", "Sindh", "Les inondations", "Floods", "2022-08-20", "p"},
            {"Kerala", "Kerala", "Les inondations", "Floods", "2018-08-08", "d"},
            {"Palu", "Palu", "Le tsunami", "The tsunami", "2018-09-28", "d"},
            {"Tacloban", "Tacloban", "Le typhon", "The typhoon", "2013-11-08", "d"},
            {"Noto", "Noto", "Le séisme", "The earthquake", "2024-01-01", "d"},
            {"Kermanshah", "Kermanshah", "Le séisme", "The earthquake", "2017-11-12", "d"},
            {"Valence", "Valencia", "Les inondations", "Floods", "2024-10-29", "d"},
            {"la vallée de l'Ahr", "the Ahr valley", "Les inondations", "Floods", "2021-07-14", "d"},
            {"Acapulco", "Acapulco", "L'ouragan", "The hurricane", "2023-10-25", "d"},
            {"Porto Alegre", "Porto Alegre", "Les inondations", "Floods", "2024-05-01", "p"},
            {"Valparaiso", "Valparaiso", "Les incendies", "Wildfires", "2024-02-02", "d"}};

    private static final String[] FR_PUBLISHERS = {"afp", "rfi", "france24", "la-croix"};
    private static final String[] EN_PUBLISHERS = {"ap", "xinhua", "al-jazeera", "dpa"};
    private static final String[] MOIS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};

    final List<Event> events = new ArrayList<>();
    final List<GeneratedReport> reports = new ArrayList<>();

    MultiEventData(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < PLACES.length; i++) {
            String[] p = PLACES[i];
            boolean displaced = p[5].equals("p");
            int toll = displaced ? 1000 * (5 + random.nextInt(90)) : 20 + random.nextInt(400);
            if (p[1].equals("Beira")) {
                toll = 42; // the floods story a new user tried: "At least 42 dead"
            }
            Event e = new Event(i, p[0], p[1], p[2], p[3], LocalDate.parse(p[4]), displaced, toll);
            events.add(e);
            reportsOf(e, 20 + random.nextInt(21), random);
        }
    }

    private void reportsOf(Event e, int count, Random random) {
        Instant story = e.storyDate();
        List<Integer> agreeingAt = new ArrayList<>();
        while (agreeingAt.size() < AGREEING) {
            int k = random.nextInt(count);
            if (!agreeingAt.contains(k)) {
                agreeingAt.add(k);
            }
        }
        for (int k = 0; k < count; k++) {
            boolean agreeing = agreeingAt.contains(k);
            String language = (k + e.index()) % 2 == 0 ? "fr" : "en";
            // the event's days: from its start to ten days on, unique minutes per event and report
            Instant published = e.start().atTime(8, 0).toInstant(ZoneOffset.UTC)
                    .plus(k * 7, ChronoUnit.HOURS).plus(e.index() * 3 + 1, ChronoUnit.MINUTES);
            if (agreeing) {
                published = story.minus(1 + agreeingAt.indexOf(k) * 3, ChronoUnit.HOURS)
                        .plus(e.index() * 3 + 1, ChronoUnit.MINUTES);
            }
            int value;
            if (agreeing) {
                value = e.toll();
            } else {
                double share = published.isBefore(story) ? 0.2 + 0.6 * random.nextDouble() : 1.3 + random.nextDouble();
                value = Math.max(3, (int) Math.round(e.toll() * share));
                if (value == e.toll()) {
                    value++;
                }
            }
            boolean fromUn = agreeing || random.nextInt(3) == 0;
            String publisher = language.equals("fr") ? FR_PUBLISHERS[random.nextInt(FR_PUBLISHERS.length)]
                    : EN_PUBLISHERS[random.nextInt(EN_PUBLISHERS.length)];
            reports.add(new GeneratedReport(e.index(), title(e, language, value), language, published, publisher,
                    text(e, language, value, fromUn, agreeing) + closing(language, k, random), agreeing));
        }
    }

    private static String title(Event e, String language, int value) {
        return language.equals("fr") ? e.whatFr() + " à " + e.placeFr() + " : le bilan atteint " + value
                : e.whatEn() + " in " + e.placeEn() + ": toll reaches " + value;
    }

    private static String text(Event e, String language, int value, boolean fromUn, boolean atLeast) {
        String day = day(e.start(), language);
        if (language.equals("fr")) {
            String who = fromUn ? "selon l'ONU" : "selon les autorités locales";
            String number = (atLeast ? "au moins " : "") + value;
            return e.whatFr() + " à " + e.placeFr() + " : le bilan s'alourdit. Depuis le " + day + ", "
                    + (e.displaced() ? number + " personnes ont été déplacées à " + e.placeFr()
                            : "le bilan atteint " + number + " morts à " + e.placeFr())
                    + ", " + who + ".";
        }
        String who = fromUn ? "according to the United Nations" : "local officials said";
        String number = (atLeast ? "at least " : "") + value;
        return e.whatEn() + " in " + e.placeEn() + ": the toll rises. Since " + day + ", " + number
                + (e.displaced() ? " people have been displaced in " : " dead have been counted in ") + e.placeEn()
                + ", " + who + ".";
    }

    private static final String[] CLOSING_FR = {"Les secours restent mobilisés.", "Des renforts sont attendus.",
            "Les hôpitaux sont débordés.", "L'accès à la zone reste difficile.", "Un nouveau bilan est attendu."};
    private static final String[] CLOSING_EN = {"Rescue teams remain on the ground.", "More aid is on its way.",
            "Hospitals are overwhelmed.", "Access to the area remains difficult.", "A new toll is expected."};

    /** What makes each dispatch its own: a closing line and its bulletin number. */
    private static String closing(String language, int k, Random random) {
        return language.equals("fr")
                ? " " + CLOSING_FR[random.nextInt(CLOSING_FR.length)] + " (point de situation n° " + (k + 1) + ")"
                : " " + CLOSING_EN[random.nextInt(CLOSING_EN.length)] + " (update no. " + (k + 1) + ")";
    }

    static String day(LocalDate d, String language) {
        return language.equals("fr") ? d.getDayOfMonth() + " " + MOIS[d.getMonthValue() - 1] + " " + d.getYear()
                : d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                        + " " + d.getYear();
    }
}
