package org.corroborate.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corroborate.base.ui.HighlightedText.Mark;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The story's text as one element of HTML written on the server (issue 14: a 1 MB story built 110 000 elements): what
 * the text says stays text, marks fall on their words, a click anywhere on a mark reaches the one listener, and a
 * change goes to the browser as the change alone.
 */
@ViewPackages(packages = "org.corroborate.base.ui")
class HighlightedTextTest extends BrowserlessTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @Test
    void hostileTextTitlesAndLabelsStayInert() {
        String text = "Selon " + HOSTILE + " & \"co\", 12 morts <script>alert(2)</script>.\n\n'</p><b>x</b>";
        int start = text.indexOf("12 morts");
        HighlightedText highlighted = new HighlightedText(text,
                List.of(new Mark(7L, start, start + 8, "\"><img src=y onerror=alert(3)> 12")));
        highlighted.labelMark(7L, "Figure <script>alert(4)</script> 12 ' \"");

        Element body = Jsoup.parseBodyFragment(highlighted.html()).body();

        assertThat(body.select("img, script, b")).as("no element but paragraphs and marks").isEmpty();
        assertThat(body.select("*").stream().map(Element::tagName).collect(Collectors.toSet()))
                .containsOnly("body", "div", "p", "span");
        assertThat(body.select("p").eachText()).containsExactly(
                "Selon " + HOSTILE + " & \"co\", 12 morts <script>alert(2)</script>.", "'</p><b>x</b>");
        Element mark = body.selectFirst("span[data-mark-id]");
        assertThat(mark.text()).isEqualTo("12 morts");
        assertThat(mark.attr("title")).isEqualTo("\"><img src=y onerror=alert(3)> 12");
        assertThat(mark.attr("aria-label")).isEqualTo("Figure <script>alert(4)</script> 12 ' \"");
        assertThat(mark.attributes().asList()).extracting(Attribute::getKey)
                .containsExactlyInAnyOrder("class", "data-mark-id", "title", "tabindex", "role", "aria-label");
    }

    @Test
    void marksFallOnTheirWordsAdjacentOverlappingAndOverParagraphs() {
        String first = "Au moins 12 morts et 20 blessés à Alep, selon l'OSDH.";
        String second = "Plus de 300 familles ont fui.";
        String text = first + "\n\n" + second;
        int twelve = text.indexOf("12");
        int wounded = text.indexOf("20 blessés");
        int fled = text.indexOf("300 familles");
        List<Mark> marks = List.of(
                new Mark(1L, twelve, twelve + 2, "12"),                     // "12"
                new Mark(2L, twelve + 2, twelve + 8, "morts"),              // " morts", adjacent to the first
                new Mark(3L, wounded, wounded + 10, "20 blessés"),
                new Mark(4L, wounded + 3, wounded + 13, "blessés à"),       // overlaps the third: marked after it
                new Mark(5L, wounded + 3, wounded + 7, "bles"),             // inside the third: shows no words
                // (given in reverse: of two marks at the same place, the one given first comes first)
                new Mark(6L, text.indexOf("l'OSDH"), fled + 3, "l'OSDH … 300")); // over the paragraph break
        HighlightedText highlighted = new HighlightedText(text, marks.reversed());

        Element body = Jsoup.parseBodyFragment(highlighted.html()).body();

        assertThat(body.select("p").eachText()).containsExactly(first, second);
        assertThat(body.select("p").eachAttr("data-start")).containsExactly("0", String.valueOf(first.length() + 2));
        Map<String, List<String>> parts = new java.util.LinkedHashMap<>();
        body.select("span[data-mark-id]").forEach(
                s -> parts.computeIfAbsent(s.attr("data-mark-id"), id -> new ArrayList<>()).add(s.wholeText()));
        assertThat(parts).containsExactly(Map.entry("1", List.of("12")), Map.entry("2", List.of(" morts")),
                Map.entry("3", List.of("20 blessés")), Map.entry("4", List.of(" à ")),
                Map.entry("6", List.of("l'OSDH.", "Plus de 300")));
        assertThat(body.select("span[data-mark-id=6][tabindex=0]")).as("one stop for the keyboard per mark")
                .hasSize(1).allSatisfy(s -> assertThat(s.text()).isEqualTo("l'OSDH."));
        assertThat(highlighted.shown()).extracting(HighlightedText.Shown::id, HighlightedText.Shown::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "12"),
                        org.assertj.core.groups.Tuple.tuple(2L, " morts"),
                        org.assertj.core.groups.Tuple.tuple(3L, "20 blessés"),
                        org.assertj.core.groups.Tuple.tuple(5L, ""),
                        org.assertj.core.groups.Tuple.tuple(4L, " à "),
                        org.assertj.core.groups.Tuple.tuple(6L, "l'OSDH.Plus de 300"));
    }

    @Test
    void offsetsSurviveCarriageReturnsAndLongTextsComeInBlocks() {
        String paragraph = "Environ 260 morts en cinq jours.\r\nUne ligne de plus. ".repeat(100);
        String text = (paragraph + "\n\n").repeat(10);

        String html = new HighlightedText(text, List.of()).html();

        assertThat(html).contains("jours.&#13;\nUne").doesNotContain("\r");
        assertThat(Jsoup.parseBodyFragment(html).body().select("div.text-block")).hasSizeGreaterThan(1)
                .allSatisfy(block -> assertThat(block.select("p")).isNotEmpty());
        assertThat(Jsoup.parseBodyFragment(html).body().select("p")).hasSize(10);
    }

    @Test
    void aClickOrEnterOnAMarkSelectsItAndTellsTheView() {
        HighlightedText highlighted = new HighlightedText("12 morts, 300 familles.",
                List.of(new Mark(-5L, 0, 8, "suggestion 12"), new Mark(9L, 10, 22, "300")));
        List<Long> told = new ArrayList<>();
        highlighted.onSelect(told::add);

        fire(highlighted, "click", "-5", HighlightedText.CLICK_FILTER);
        assertThat(highlighted.selected()).isEqualTo(-5L);
        fire(highlighted, "keydown", "9", HighlightedText.KEY_FILTER);
        fire(highlighted, "click", "not-a-mark", HighlightedText.CLICK_FILTER);
        fire(highlighted, "click", "77", HighlightedText.CLICK_FILTER);

        assertThat(told).containsExactly(-5L, 9L);
        assertThat(highlighted.selected()).isEqualTo(9L);
        assertThat(highlighted.shownWithClass("selected")).extracting(HighlightedText.Shown::id).containsExactly(9L);
    }

    @Test
    void aChangeGoesToTheBrowserAsTheChangeAlone() {
        String text = "Au moins 12 morts.\n\nPlus de 300 familles ont fui.\n\nEnviron 40 villages repris.";
        int twelve = text.indexOf("12 morts");
        int villages = text.indexOf("40 villages");
        HighlightedText highlighted = new HighlightedText(text, List.of(new Mark(-5L, twelve, twelve + 8, "s 12"),
                new Mark(-6L, villages, villages + 11, "s 40")));
        highlighted.styleMark(-5L, "suggestion", "suggestion");
        UI.getCurrent().add(highlighted);
        List<List<Object>> calls = invocations();
        assertThat(highlighted.wholeRenders()).isEqualTo(1);
        assertThat(written(calls)).isEqualTo(highlighted.html());
        assertThat(calls).as("the text written, nothing else").hasSize(1);
        assertThat(highlighted.getElement().getProperty("innerHTML"))
                .as("not kept on the server for as long as the page is open").isNull();
        String ops;

        // a suggestion accepted as a figure: the same words get the figure's id and classes, nothing else is sent
        highlighted.changeMarks(List.of(-5L), List.of(new Mark(12L, twelve, twelve + 8, "12 morts")));
        highlighted.styleMark(12L, "status-", "status-unsupported");
        ops = respond();
        assertThat(highlighted.wholeRenders()).isEqualTo(1);
        assertThat(ops).contains("[\"r\",\"-5\",\"12\"]", "[\"a\",\"12\",\"mark status-unsupported\",\"12 morts\"")
                .doesNotContain("\"p\"", "villages");

        // a figure added by hand where there was no mark: its paragraph alone is drawn again
        int familles = text.indexOf("300 familles");
        highlighted.changeMarks(List.of(), List.of(new Mark(13L, familles, familles + 12, "300")));
        ops = respond();
        assertThat(ops).contains("[\"p\",\"" + text.indexOf("Plus") + "\"").contains("data-mark-id=\\\"13\\\"")
                .doesNotContain("12 morts", "villages");

        // a suggestion dismissed: its mark is taken out, the words stay
        highlighted.changeMarks(List.of(-6L), List.of());
        ops = respond();
        assertThat(ops).contains("[\"u\",\"-6\"]");
        assertThat(highlighted.shown()).extracting(HighlightedText.Shown::id).containsExactly(12L, 13L);

        // attached anew (a new element in the browser): the whole text as it is now
        UI.getCurrent().remove(highlighted);
        UI.getCurrent().add(highlighted);
        calls = invocations();
        assertThat(highlighted.wholeRenders()).isEqualTo(2);
        assertThat(written(calls)).isEqualTo(highlighted.html())
                .contains("data-mark-id=\"13\"", "class=\"mark status-unsupported\" data-mark-id=\"12\"")
                .doesNotContain("data-mark-id=\"-6\"", "data-mark-id=\"-5\"");
    }

    @Test
    void aLongTextSendsItsFirstBlockWrittenAndTheOthersToBeDrawnByTheBrowserAfter() {
        String paragraph = "Au moins 12 morts à Alep, selon l'OSDH, et <b>30</b> blessés. ".repeat(30);
        String text = (paragraph + "\n\n").repeat(20).strip();
        List<Mark> marks = new ArrayList<>();
        for (int at = text.indexOf("12 morts"); at >= 0; at = text.indexOf("12 morts", at + 1)) {
            marks.add(new Mark((long) marks.size() + 1, at, at + 8, "12 <img src=x onerror=alert(1)>"));
        }
        HighlightedText highlighted = new HighlightedText(text, marks);
        assertThat(highlighted.blockCount()).isGreaterThan(HighlightedText.FIRST_BLOCKS);

        UI.getCurrent().add(highlighted);
        List<List<Object>> sent = invocations();

        Element first = Jsoup.parseBodyFragment(written(sent)).body();
        List<Element> blocks = first.select("div.text-block");
        assertThat(blocks).hasSize(highlighted.blockCount());
        assertThat(blocks.getFirst().select("span[data-mark-id][tabindex=0]")).as("the first screen, with its marks")
                .isNotEmpty();
        assertThat(blocks.subList(HighlightedText.FIRST_BLOCKS, blocks.size())).as("placeholders of the right height")
                .allSatisfy(b -> {
                    assertThat(b.childNodes()).isEmpty();
                    assertThat(b.attr("style")).contains("height: ");
                });
        // the other blocks come in the same response, as HTML the browser draws into the placeholders
        tools.jackson.databind.node.ArrayNode later = sent.stream().flatMap(List::stream)
                .filter(tools.jackson.databind.node.ArrayNode.class::isInstance)
                .map(tools.jackson.databind.node.ArrayNode.class::cast).findFirst().orElseThrow();
        assertThat(later).hasSize(highlighted.blockCount() - HighlightedText.FIRST_BLOCKS);
        later.forEach(pair -> first.selectFirst("div.text-block[data-block=" + pair.get(0).asInt() + "]")
                .html(pair.get(1).asString()));
        Element whole = Jsoup.parseBodyFragment(highlighted.html()).body();
        assertThat(first.select("div.text-block").eachText()).isEqualTo(whole.select("div.text-block").eachText());
        assertThat(first.select("span[data-mark-id]").outerHtml()).isEqualTo(whole.select("span[data-mark-id]")
                .outerHtml());
        assertThat(first.select("img, b, script")).as("what the text says stays text").isEmpty();
        assertThat(first.select("span[data-mark-id]")).hasSize(marks.size());

        // a change draws every block first (it may touch any), then goes as the change alone
        highlighted.styleMark(3L, "status-", "status-contested");
        assertThat(invocations()).singleElement().satisfies(call -> {
            assertThat(call.getFirst().toString()).contains("__fillAll");
            assertThat(call.get(1).toString()).contains("[\"a\",\"3\",\"mark status-contested\"");
        });

        // attached anew: the whole text again, in parts again
        UI.getCurrent().remove(highlighted);
        UI.getCurrent().add(highlighted);
        assertThat(invocations()).anySatisfy(call -> assertThat(call).anyMatch(
                tools.jackson.databind.node.ArrayNode.class::isInstance));
        assertThat(highlighted.wholeRenders()).isEqualTo(2);
    }

    /** Runs what runs before a response and returns each JavaScript call it would send: its expression, parameters. */
    private static List<List<Object>> invocations() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream().map(call -> {
            List<Object> parts = new ArrayList<>();
            parts.add(call.getInvocation().getExpression());
            parts.addAll(call.getInvocation().getParameters());
            return parts;
        }).toList();
    }

    /** The HTML the calls write into the element as its whole content (the first call that sets innerHTML). */
    private static String written(List<List<Object>> calls) {
        return calls.stream().filter(call -> call.getFirst().toString().contains("this.innerHTML = $0"))
                .map(call -> (String) call.get(1)).findFirst().orElseThrow();
    }

    /** Runs what runs before a response and returns the JavaScript it would send, joined. */
    private static String respond() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(call -> call.getInvocation().getParameters().stream())
                .filter(String.class::isInstance).map(String.class::cast).collect(Collectors.joining("\n"));
    }

    private static void fire(HighlightedText text, String type, String markId, String filter) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(HighlightedText.MARK_ID, markId);
        data.put(filter, true);
        text.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(text.getElement(), type, data));
    }
}
