package org.corroborate.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Unit words after a number. Forms are sequences of accent-free lower-case tokens; the code is
 * the normalised unit ("km2" for km², kilomètres carrés and square kilometres).
 */
final class Units {

    record Match(String code, int to) {
    }

    private static final Map<String, String> FORMS = new HashMap<>();
    /** The first token of every form ("square" for "square metre", "km" for "km/h"). */
    private static final Set<String> FIRST_TOKENS = new HashSet<>();
    /** Every prefix of every form: a phrase that is none cannot grow into a form. */
    private static final Set<String> PREFIXES = new HashSet<>();
    private static int maxWords = 1;
    /** The codes of the currencies named in words below ("naira" → "NGN", "francs" → "franc"). */
    private static final Set<String> CURRENCIES = new HashSet<>();
    /**
     * A currency named without its country ("francs", "rupees", "dinars") has the family's name as unit; a
     * named one its ISO code, whose family is here ("CHF" → "franc"): a family and its members compare.
     */
    private static final Map<String, String> FAMILY = new HashMap<>();

    private static void add(String code, String... forms) {
        for (String f : forms) {
            FORMS.put(f, code);
            for (int k = 1; k <= f.length(); k++) {
                PREFIXES.add(f.substring(0, k));
            }
            int e = 0;
            while (e < f.length() && Lexer.isWordChar(f.charAt(e))) {
                e++;
            }
            FIRST_TOKENS.add(f.substring(0, Math.max(e, 1)));
            maxWords = Math.max(maxWords, f.split(" ").length);
        }
    }

    private static void currency(String code, String... forms) {
        add(code, forms);
        CURRENCIES.add(code);
    }

    /** A family of currencies: its bare names, then {code, forms...} of its members ("dinars algériens" → DZD). */
    private static void family(String family, String[] names, String[]... members) {
        currency(family, names);
        for (String[] m : members) {
            currency(m[0], java.util.Arrays.copyOfRange(m, 1, m.length));
            FAMILY.put(m[0], family);
        }
    }

    /*
     * Currencies written as words after a number, in English and French news ("250,000 naira", "1,2 milliard de
     * francs suisses", "5 milliards de dirhams"). Only after an amount: "Francs-maçons" or "the rand fell" are
     * never read here (Units.at runs on the token after a number). Single words that are also common English
     * words after a number ("real", "won", "mark") are read only with their country ("South Korean won").
     */
    static {
        currency("NGN", "naira", "nairas", "ngn");
        currency("ZAR", "rand", "rands", "south african rand", "zar");
        currency("GHS", "cedi", "cedis", "ghanaian cedis", "ghs");
        currency("ETB", "birr", "birrs", "ethiopian birr");
        currency("CNY", "yuan", "yuans", "renminbi", "chinese yuan", "yuan renminbi", "cny", "rmb");
        currency("¥", "yen", "yens", "japanese yen", "jpy");
        currency("BRL", "reais", "brazilian reais", "brazilian real", "reais bresiliens", "real bresilien", "brl");
        currency("RUB", "rouble", "roubles", "ruble", "rubles", "russian roubles", "russian rubles", "roubles russes");
        currency("UAH", "hryvnia", "hryvnias", "hryvnas", "hryvnja", "grivnas", "grivna", "uah");
        currency("TRY", "turkish lira", "turkish liras", "livres turques", "livre turque", "lira turque",
                "liras turques");
        currency("THB", "baht", "bahts");
        currency("MYR", "ringgit", "ringgits", "myr");
        currency("IDR", "rupiah", "rupiahs", "roupies indonesiennes", "idr");
        currency("BDT", "taka", "takas", "bdt");
        currency("KRW", "south korean won", "korean won", "wons", "krw");
        currency("PLN", "zloty", "zlotys", "zlotych", "pln");
        currency("HUF", "forint", "forints", "huf");
        currency("£", "pounds sterling", "pound sterling", "livres sterling", "livre sterling", "gbp");
        currency("EGP", "egyptian pounds", "egyptian pound", "livres egyptiennes", "livre egyptienne", "egp");
        currency("LBP", "lebanese pounds", "lebanese pound", "livres libanaises", "livre libanaise", "lbp");
        currency("SYP", "syrian pounds", "syrian pound", "livres syriennes", "livre syrienne", "syp");
        currency("SDG", "sudanese pounds", "sudanese pound", "livres soudanaises", "livre soudanaise", "sdg");
        currency("CHF", "chf");
        currency("XOF", "cfa francs", "cfa franc", "francs cfa", "franc cfa", "fcfa", "f cfa", "xof");
        family("franc", new String[] {"franc", "francs"},
                new String[] {"CHF", "swiss francs", "swiss franc", "francs suisses", "franc suisse"},
                new String[] {"CDF", "congolese francs", "francs congolais"},
                new String[] {"RWF", "rwandan francs", "francs rwandais"},
                new String[] {"BIF", "burundian francs", "francs burundais"},
                new String[] {"GNF", "guinean francs", "francs guineens"});
        currency("XAF", "xaf");
        FAMILY.put("XOF", "franc"); // West and Central African CFA francs: at par, one value
        FAMILY.put("XAF", "franc");
        family("rupee", new String[] {"rupee", "rupees", "roupie", "roupies"},
                new String[] {"INR", "indian rupees", "indian rupee", "roupies indiennes", "roupie indienne", "inr"},
                new String[] {"PKR", "pakistani rupees", "pakistan rupees", "roupies pakistanaises", "pkr"},
                new String[] {"LKR", "sri lankan rupees", "roupies srilankaises", "lkr"},
                new String[] {"NPR", "nepalese rupees", "nepali rupees", "roupies nepalaises", "npr"});
        family("dinar", new String[] {"dinar", "dinars"},
                new String[] {"DZD", "algerian dinars", "dinars algeriens", "dzd"},
                new String[] {"TND", "tunisian dinars", "dinars tunisiens", "tnd"},
                new String[] {"IQD", "iraqi dinars", "dinars irakiens", "iqd"},
                new String[] {"LYD", "libyan dinars", "dinars libyens", "lyd"},
                new String[] {"JOD", "jordanian dinars", "dinars jordaniens", "jod"},
                new String[] {"KWD", "kuwaiti dinars", "dinars koweitiens", "kwd"},
                new String[] {"RSD", "serbian dinars", "dinars serbes", "rsd"});
        family("dirham", new String[] {"dirham", "dirhams"},
                new String[] {"MAD", "moroccan dirhams", "dirhams marocains"},
                new String[] {"AED", "uae dirhams", "emirati dirhams", "dirhams emiratis", "aed"});
        family("shilling", new String[] {"shilling", "shillings"},
                new String[] {"KES", "kenyan shillings", "kenya shillings", "shillings kenyans", "kes", "ksh"},
                new String[] {"UGX", "ugandan shillings", "uganda shillings", "shillings ougandais", "ugx"},
                new String[] {"TZS", "tanzanian shillings", "shillings tanzaniens", "tzs"},
                new String[] {"SOS", "somali shillings", "shillings somaliens"});
        family("peso", new String[] {"peso", "pesos"},
                new String[] {"MXN", "mexican pesos", "pesos mexicains", "mxn"},
                new String[] {"ARS", "argentine pesos", "argentinian pesos", "pesos argentins"},
                new String[] {"COP", "colombian pesos", "pesos colombiens"},
                new String[] {"CLP", "chilean pesos", "pesos chiliens", "clp"},
                new String[] {"PHP", "philippine pesos", "pesos philippins"});
        family("rial", new String[] {"rial", "rials", "riyal", "riyals"},
                new String[] {"SAR", "saudi riyals", "riyals saoudiens", "sar"},
                new String[] {"QAR", "qatari riyals", "riyals qataris", "qar"},
                new String[] {"IRR", "iranian rials", "rials iraniens", "irr"},
                new String[] {"YER", "yemeni rials", "rials yemenites", "yer"},
                new String[] {"OMR", "omani rials", "rials omanais", "omr"});
        family("krone", new String[] {"kroner", "kronor", "krona", "krone", "couronnes"},
                new String[] {"SEK", "swedish kronor", "swedish krona", "couronnes suedoises", "sek"},
                new String[] {"NOK", "norwegian kroner", "norwegian krone", "couronnes norvegiennes", "nok"},
                new String[] {"DKK", "danish kroner", "danish krone", "couronnes danoises", "dkk"});
        family("kwacha", new String[] {"kwacha", "kwachas"},
                new String[] {"ZMW", "zambian kwacha"}, new String[] {"MWK", "malawian kwacha"});
    }

    static {
        add("%", "%", "percent", "percents", "percentage", "per cent", "pour cent", "pourcent", "pourcents",
                "pourcentage", "pourcentages");
        add("km2", "km2", "km²", "square kilometre", "square kilometres", "square kilometer", "square kilometers",
                "kilometre carre", "kilometres carres", "kilometre carres", "sq km");
        add("m2", "m2", "m²", "square metre", "square metres", "square meter", "square meters", "metre carre",
                "metres carres");
        add("ha", "ha", "hectare", "hectares");
        add("acre", "acre", "acres");
        add("km", "km", "kilometre", "kilometres", "kilometer", "kilometers");
        add("m", "m", "metre", "metres", "meter", "meters");
        add("cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        add("mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        add("dm", "dm", "decimetre", "decimetres", "decimeter", "decimeters");
        add("hm", "hectometre", "hectometres", "hectometer");
        add("mi", "mile", "miles", "mi");
        add("ft", "foot", "feet", "ft", "pied", "pieds");
        add("in", "in", "inch", "inches", "pouce", "pouces");
        add("yd", "yard", "yards", "yd");
        add("pm", "picometer", "picometers", "picometre", "pm");
        add("gal", "gallon", "gallons");
        add("bbl", "barrel", "barrels", "baril", "barils");
        add("l", "litre", "litres", "liter", "liters", "l");
        add("ml", "ml", "millilitre", "millilitres", "milliliter", "milliliters");
        add("ft3", "cubic feet", "cubic foot", "pieds cubes", "pied cube");
        add("tbsp", "tablespoon", "tablespoons");
        add("tsp", "teaspoon", "teaspoons");
        add("cup", "cup", "cups");
        add("lb", "pound", "pounds", "lb", "lbs", "livre", "livres");
        add("oz", "ounce", "ounces", "oz", "once", "onces");
        add("t", "ton", "tons", "tonne", "tonnes", "t");
        add("mt", "metric ton", "metric tons", "tonne metrique", "tonnes metriques");
        add("kg", "kg", "kilogram", "kilograms", "kilogramme", "kilogrammes");
        add("g", "g", "gram", "grams", "gramme", "grammes");
        add("ug", "microgram", "micrograms", "microgramme", "microgrammes", "μg", "µg", "ug", "mcg");
        add("dram", "drachma", "dram");
        add("kmh", "km/h", "kph", "kmph", "km/hr", "kilometers per hour", "kilometres per hour");
        add("mph", "miles an hour", "miles per hour", "mph", "miles a l ' heure", "miles a l'heure");
        add("deg", "degree", "degrees", "degre", "degres");
        add("rad", "rad", "radian", "radians");
        add("turn", "turn", "turns", "tour", "tours");
        add("bit", "bit", "bits");
        add("mb", "mb");
        add("pp", "percentage point", "percentage points", "point de pourcentage", "points de pourcentage");
        add("MW", "mw", "megawatt", "megawatts");
        add("kW", "kw", "kilowatt", "kilowatts");
        add("GW", "gw", "gigawatt", "gigawatts");
        add("mg", "mg", "milligram", "milligrams", "milligramme", "milligrammes");
        add("degC", "° c", "degrees celsius", "degres celsius", "degree celsius");
        add("degF", "° f", "degrees fahrenheit", "degres fahrenheit", "degree fahrenheit");
        currency("$", "dollar", "dollars", "usd");
        currency("€", "euro", "euros", "eur");
    }

    /** True when the unit code is a currency named in words here ("NGN", "franc", "$"). */
    static boolean isCurrency(String code) {
        return CURRENCIES.contains(code);
    }

    /** The family of a currency code ("CHF" → "franc"; "XAF" and "XOF", at par, → "franc"), or the code itself. */
    static String family(String code) {
        return FAMILY.getOrDefault(code, code);
    }

    private Units() {
    }

    /** The code of a whole form ("kilometres carres" → "km2"), or null; {@link UnitSpellings} publishes it. */
    static String code(String form) {
        return FORMS.get(form);
    }

    /** True when some unit form starts with this token norm (see {@link Cues#UNIT_START}). */
    static boolean startsUnit(String norm) {
        return FIRST_TOKENS.contains(norm);
    }

    /** Longest unit starting at token {@code from}, or null. */
    static Match at(Tokens t, int from, String text) {
        if (from >= t.size()) {
            return null;
        }
        if (t.isWord(from) ? !t.hasCue(from, Cues.UNIT_START) : !FIRST_TOKENS.contains(t.norm(from))) {
            return null; // no form starts with this token: skip building candidate phrases
        }
        StringBuilder b = null; // made for a second token only: most look-ups end with the first
        String phrase = null;
        Match best = null;
        int k = from;
        for (int w = 0; w < maxWords + 3 && k < t.size(); w++, k++) {
            boolean word = t.isWord(k);
            if (w > 0 && !(word || t.isSymbol(k, '/') || t.isSymbol(k, '\''))) {
                break;
            }
            if (!(word || t.isSymbol(k, '%') || w == 0 && t.isSymbol(k, '°')
                    || (w > 0 && (t.isSymbol(k, '/') || t.isSymbol(k, '\''))))) {
                break;
            }
            boolean glued = w > 0 && (t.isSymbol(k, '/') || t.isSymbol(k - 1, '/'));
            String part = word ? TextNormaliser.foldWord(t.norm(k)) : t.norm(k);
            if (w == 0) {
                phrase = part;
            } else {
                if (b == null) {
                    b = new StringBuilder(phrase);
                }
                if (!glued) {
                    b.append(' ');
                }
                b.append(part);
                phrase = b.toString();
            }
            String code = FORMS.get(phrase);
            if (code != null) {
                best = new Match(code, k + 1);
            }
            if (!PREFIXES.contains(phrase)) {
                break; // no longer phrase is a form either
            }
        }
        if (best != null && (best.code().equals("km") || best.code().equals("m")) && best.to() < t.size()) {
            int nx = best.to();
            if (t.isNumeral(nx) && t.start(nx) == t.end(best.to() - 1) && t.value(nx).intValue() == 2
                    && t.end(nx) - t.start(nx) == 1) {
                return new Match(best.code() + "2", best.to() + 1);
            }
        }
        if (best != null && best.code().equals("mb")) {
            String raw = text.substring(t.start(from), t.end(from));
            return new Match(raw.equals("MB") ? "MB" : "mb", best.to());
        }
        return best;
    }
}
