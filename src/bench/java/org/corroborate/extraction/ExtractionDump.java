package org.corroborate.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes everything the engine says about many texts to a file, so that two versions of the
 * engine can be compared byte for byte ({@code cmp}) after a change meant to keep its output: every
 * figure (auto, French and English) and every number, percentage, dimension and range of the
 * Recognizers-Text models, for each corpus input, the seed story, each demo text, 3 000 random
 * mixtures of them (with odd separators and random chars), the long ones also read in small
 * chunks, and a 2 MB text of the mixtures. Usage, from the project directory after
 * {@code ./mvnw -Pbench -DskipTests compile}:
 *
 * <pre>java -ea -cp target/classes:&lt;bench classpath&gt; org.corroborate.extraction.ExtractionDump ../shared out.txt</pre>
 */
public final class ExtractionDump {

    private ExtractionDump() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args[0]);
        List<String> texts = texts(shared);
        int base = texts.size();
        Random random = new Random(42);
        String[] separators = {" ", "\n", ". ", ", ", "\u00A0", "  ", "; ", " - ", "", "\n\n", " « ", " » ", "'", "’"};
        for (int m = 0; m < 3000; m++) {
            StringBuilder b = new StringBuilder();
            int parts = 2 + random.nextInt(15);
            for (int p = 0; p < parts; p++) {
                String x = texts.get(random.nextInt(base));
                if (x.length() > 200 && random.nextBoolean()) {
                    int s = random.nextInt(x.length() - 100);
                    x = x.substring(s, s + 1 + random.nextInt(Math.min(400, x.length() - s - 1)));
                }
                b.append(x).append(separators[random.nextInt(separators.length)]);
                if (random.nextInt(10) == 0) {
                    b.append((char) random.nextInt(0x3000));
                }
            }
            texts.add(b.toString());
        }
        FigureExtractor extractor = new FigureExtractor();
        NumberRecognizer recognizer = new NumberRecognizer();
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < texts.size(); i++) {
                String t = texts.get(i);
                w.write("### " + i + "\n");
                for (Locale l : new Locale[] {null, Locale.FRENCH, Locale.ENGLISH}) {
                    Extraction e = extractor.extract(t, l);
                    w.write("lang " + e.language() + "\n");
                    write(w, "", e.figures());
                    if (l != null) {
                        write(w, "N ", recognizer.numbers(t, l));
                        write(w, "P ", recognizer.percentages(t, l));
                        write(w, "D ", recognizer.dimensions(t, l));
                        write(w, "R ", recognizer.ranges(t, l));
                    }
                }
                if (t.length() > 3000) {
                    write(w, "C ", extractor.extract(t, null, 700, 200).figures());
                }
            }
            StringBuilder big = new StringBuilder();
            for (int k = 0; big.length() < 2_000_000; k++) {
                big.append(texts.get(base + k % 3000)).append('\n');
            }
            write(w, "B ", extractor.extract(big.toString()).figures());
        }
    }

    private static void write(Writer w, String prefix, List<?> items) throws IOException {
        for (Object o : items) {
            w.write(prefix + o + "\n");
        }
    }

    /** The corpus inputs, the seed story and every text, quote and body of the demo file. */
    private static List<String> texts(Path shared) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(shared.resolve("corpus/recognizers-text/cases.jsonl"))) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).get("input").asText());
            }
        }
        texts.add(Files.readString(shared.resolve("seed/idleb-2019-12-fr.txt")));
        collect(json.readTree(shared.resolve("demo/idleb-2019-12.json").toFile()), texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                boolean prose = f.getKey().equals("text") || f.getKey().equals("quote") || f.getKey().equals("body");
                if (prose && f.getValue().isTextual()) {
                    texts.add(f.getValue().asText());
                } else {
                    collect(f.getValue(), texts);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                collect(child, texts);
            }
        }
    }
}
