package org.corroborate.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The load harness's view of a UI: UIDL applied as Flow's client applies it, and the messages it writes. */
class UidlStateTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An init answer shaped as JavaScriptBootstrapHandler writes it: a span with a click listener in a div. */
    private static final String INIT = """
            {"appConfig":{"v-uiId":3,"productionMode":true,"appId":"ROOT-2521314","uidl":{
              "clientId":0,"syncId":0,"Vaadin-Security-Key":"key-1","Vaadin-Push-ID":"push-1",
              "constants":{"c1":{"event.screenX":false,"event.detail":false,"event.ctrlKey":false,
                                 "event.key === 'Enter'":true}},
              "changes":[
                {"node":2,"type":"attach"},{"node":3,"type":"attach"},{"node":4,"type":"attach"},
                {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[2]},
                {"node":2,"type":"put","feat":0,"key":"tag","value":"div"},
                {"node":2,"type":"splice","feat":11,"index":0,"add":["highlighted-text"]},
                {"node":2,"type":"splice","feat":2,"index":0,"addNodes":[3]},
                {"node":3,"type":"put","feat":0,"key":"tag","value":"span"},
                {"node":3,"type":"put","feat":3,"key":"data-mark-id","value":"17"},
                {"node":3,"type":"put","feat":4,"key":"click","value":"c1"},
                {"node":3,"type":"splice","feat":2,"index":0,"addNodes":[4]},
                {"node":4,"type":"put","feat":7,"key":"text","value":"260 morts"}]}}}
            """;

    @Test
    void readsTheInitAnswerAsTheClientDoes() {
        UidlState ui = UidlState.fromInit(INIT);

        assertThat(ui.uiId()).isEqualTo("3");
        assertThat(ui.csrfToken()).isEqualTo("key-1");
        assertThat(ui.pushId()).isEqualTo("push-1");
        UidlState.Node mark = ui.find(UidlState.attribute("data-mark-id", "17")).findFirst().orElseThrow();
        assertThat(mark.tag()).isEqualTo("span");
        assertThat(mark.text()).isEqualTo("260 morts");
        assertThat(mark.listensTo("click")).isTrue();
        assertThat(ui.findIn("highlighted-text", UidlState.tag("span"))).contains(mark);
    }

    @Test
    void aClickCarriesTheEventDataItsListenerAsksForAndTheSecurityKey() {
        UidlState ui = UidlState.fromInit(INIT);
        UidlState.Node mark = ui.find(UidlState.tag("span")).findFirst().orElseThrow();

        JsonNode first = JSON.readTree(ui.message(ui.event(mark, "click")));
        JsonNode second = JSON.readTree(ui.message(ui.event(mark, "click")));

        assertThat(first.get("csrfToken").asString()).isEqualTo("key-1");
        assertThat(first.get("syncId").asInt()).isZero();
        assertThat(first.get("clientId").asInt()).isZero();
        assertThat(second.get("clientId").asInt()).isEqualTo(1);
        JsonNode rpc = first.get("rpc").get(0);
        assertThat(rpc.get("type").asString()).isEqualTo("event");
        assertThat(rpc.get("node").asInt()).isEqualTo(mark.id());
        assertThat(rpc.get("event").asString()).isEqualTo("click");
        JsonNode data = rpc.get("data");
        assertThat(data.get("event.screenX").asInt()).isZero();
        assertThat(data.get("event.detail").asInt()).isEqualTo(1);
        assertThat(data.get("event.ctrlKey").asBoolean()).isFalse();
        assertThat(data.get("event.key === 'Enter'").asBoolean()).isTrue();
    }

    @Test
    void answersApplyInTheServersOrderWhateverOrderTheyArriveIn() {
        UidlState ui = UidlState.fromInit(INIT);
        String second = """
                {"syncId":2,"clientId":1,"changes":[{"node":3,"type":"splice","feat":11,"index":0,"add":["selected"]}]}
                """;
        String first = """
                {"syncId":1,"clientId":1,"changes":[{"node":3,"type":"put","feat":3,"key":"title","value":"x"}]}
                """;

        ui.offer(second);
        assertThat(ui.waiting()).isEqualTo(1);
        assertThat(ui.node(3).orElseThrow().hasClass("selected")).isFalse();
        ui.offer(first);

        assertThat(ui.waiting()).isZero();
        assertThat(ui.lastSeenSyncId()).isEqualTo(2);
        assertThat(ui.node(3).orElseThrow().hasClass("selected")).isTrue();
        assertThat(ui.node(3).orElseThrow().attribute("title")).contains("x");
        ui.offer(first); // seen already: dropped
        assertThat(ui.lastSeenSyncId()).isEqualTo(2);
    }

    /** Since DD025 the text's HTML comes in a script call, not as the element's property: its marks are read too. */
    @Test
    void theTextWrittenByItsScriptHasItsMarksRead() {
        UidlState ui = UidlState.fromInit(INIT);

        ui.apply("""
                {"syncId":1,"changes":[{"node":2,"type":"put","feat":4,"key":"click","value":"c2"}],
                 "execute":[["<p>Au moins <span class=\\"mark figure\\" data-mark-id=\\"7\\">12 morts</span> à Maaret.</p>",
                   {"@v-node":2},"if (this.__stopFilling) this.__stopFilling();\\nthis.innerHTML = $0;"]]}
                """);

        assertThat(StoryDesk.marks(ui)).extracting(StoryDesk.Mark::id).containsExactly("7");
        assertThat(StoryDesk.marks(ui).getFirst().element().text()).isEqualTo("12 morts");
    }

    @Test
    void removedChildrenLeaveTheTree() {
        UidlState ui = UidlState.fromInit(INIT);

        ui.apply("""
                {"syncId":1,"changes":[{"node":2,"type":"splice","feat":2,"index":0,"remove":1},
                  {"node":3,"type":"detach"},{"node":4,"type":"detach"}]}
                """);

        assertThat(ui.find(UidlState.hasAttribute("data-mark-id"))).isEmpty();
        assertThat(ui.node(3)).isEmpty();
    }

    @Test
    void pushFramesAreSplitByTheirLengthsAcrossFrames() {
        UidlState ui = UidlState.fromInit(INIT);
        String message = "{\"syncId\":1,\"changes\":[]}";

        List<String> none = ui.receive(message.length() + "|" + message.substring(0, 10));
        List<String> one = ui.receive(message.substring(10) + "1|X");

        assertThat(none).isEmpty();
        assertThat(one).containsExactly(message); // the heartbeat "X" is no UIDL
    }

    @Test
    void anAnswerTheClientWouldTreatAsAnErrorIsAProblem() {
        assertThat(UidlState.problem("{\"syncId\":4,\"clientId\":2}")).isNull();
        assertThat(UidlState.problem("{\"meta\":{\"sessionExpired\":true}}")).isEqualTo("session expired");
        assertThat(UidlState.problem("{\"changes\":[],\"meta\":{\"appError\":{\"caption\":null}}}"))
                .startsWith("error");
        assertThat(UidlState.problem("<html>login</html>")).startsWith("not JSON");
    }

    /**
     * Answers recorded from the production jar with the demo data (src/load/run.sh with RECORD set): the init request,
     * the navigation to the seed story, the click on the Comments tab, the click on a figure's mark. The story's text
     * is one element whose HTML holds the marks, with one click listener for all of them.
     */
    @Test
    void followsARecordedVisitToTheSeedStory() throws IOException {
        UidlState ui = UidlState.fromInit(recorded("init"));
        assertThat(ui.uiId()).isNotBlank();
        assertThat(ui.csrfToken()).isNotEqualTo("init").isNotBlank();
        assertThat(ui.pushId()).isNotBlank();

        ui.offer(recorded("navigate"));
        List<StoryDesk.Mark> figures = StoryDesk.figureMarks(ui);
        assertThat(figures).extracting(StoryDesk.Mark::id).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(figures).allMatch(m -> m.text().hasClass("highlighted-text") && m.text().listensTo("click"));
        assertThat(figures.get(2).element().text()).isEqualTo("320 km2");
        UidlState.Node tabs = ui.findIn("story-lists", UidlState.tag("vaadin-tabs")).orElseThrow();
        assertThat(tabs.listensTo("selected-changed")).isTrue();
        // a hidden tab's contents are not sent until it is shown
        assertThat(ui.find(UidlState.withClass("comment-scroller")).filter(UidlState.Node::shown)).isEmpty();
        assertThat(StoryDesk.comment(ui, "Toll checked against the UN figure").isMissing()).isTrue();

        ui.offer(recorded("comments-tab"));
        UidlState.Node comments = ui.find(UidlState.withClass("comment-scroller")).findFirst().orElseThrow();
        assertThat(comments.shown()).isTrue();
        assertThat(comments.subtree().filter(UidlState.tag("vaadin-text-area"))).hasSize(1);
        assertThat(StoryDesk.comment(ui, "Toll checked against the UN figure").sends()).isTrue();
        assertThat(StoryDesk.approve(ui).missing()).isEqualTo("no figure panel shown");

        ui.offer(recorded("open-figure"));
        UidlState.Node panel = StoryDesk.panel(ui).orElseThrow();
        assertThat(panel.shown()).isTrue();
        assertThat(StoryDesk.approve(ui).sends()).isTrue();
        assertThat(StoryDesk.link(ui).sends()).isTrue();
        assertThat(ui.lastSeenSyncId()).isEqualTo(3);
        // the answer restyles the mark clicked (HighlightedText's change script): it is the one selected now
        assertThat(StoryDesk.marks(ui)).filteredOn(m -> m.element().hasClass("selected"))
                .extracting(StoryDesk.Mark::id).containsExactly("5");
    }

    /** A click on a mark carries what Chromium sent for the same click on the same page (recorded with Playwright). */
    @Test
    void aClickOnAMarkIsSentAsTheBrowserSendsIt() throws IOException {
        UidlState ui = UidlState.fromInit(recorded("init"));
        ui.offer(recorded("navigate"));
        StoryDesk.Mark first = StoryDesk.figureMarks(ui).getFirst();

        JsonNode click = JSON.readTree(ui.message(ui.event(first.text(), "click", first.element()))).get("rpc").get(0);

        // Chromium 2026-12-05 on the production jar, a click on the seed story's first figure (node 26 there too)
        assertThat(click).isEqualTo(JSON.readTree("""
                {"type":"event","node":26,"event":"click","data":{
                  "event.target.closest('[data-mark-id]') != null":true,
                  "event.target.closest('[data-mark-id]')?.dataset.markId":"1"}}
                """));
    }

    /**
     * A long story (13 kB of English wire copy about floods, recorded from the production jar): the text's first block
     * is in the element's HTML, the second comes in the same answer as a script that draws it into its placeholder.
     * Its marks are found after the script, and a click on one of them names it.
     */
    @Test
    void marksOfALongTextsDeferredBlocksAreFoundToo() throws IOException {
        UidlState ui = UidlState.fromInit(recorded("long-story-init"));
        ui.offer(recorded("long-story-navigate"));

        List<StoryDesk.Mark> marks = StoryDesk.marks(ui);
        List<StoryDesk.Mark> later = marks.stream().filter(m -> m.element().closest("[data-block=\"1\"]") != null)
                .toList();
        assertThat(marks).hasSize(76).allMatch(m -> m.id().startsWith("-")); // a new story: suggestions only
        assertThat(later).hasSizeGreaterThan(20);
        assertThat(later.getFirst().element().parents().stream().filter(e -> e.hasAttr("data-block")).findFirst()
                .orElseThrow().hasAttr("style")).isFalse();
        StoryDesk.Mark mark = later.getLast();
        JsonNode click = JSON.readTree(ui.message(ui.event(mark.text(), "click", mark.element()))).get("rpc").get(0);
        assertThat(click.get("data").get("event.target.closest('[data-mark-id]')?.dataset.markId").asString())
                .isEqualTo(mark.id());
        // no figure yet: opening one finds nothing to click, and says so
        assertThat(StoryDesk.openFigure(ui, new java.util.Random(1)).missing()).contains("76 marks in all");
    }

    /** With marks as one element's HTML, finding none is an error of the action, not a silent skip. */
    @Test
    void aStoryViewWithoutMarksIsMissingWhatToClickNotSkipped() {
        // the text as it was drawn before HighlightedText (a span per mark): the harness must not find marks there
        UidlState ui = UidlState.fromInit(INIT);

        StoryDesk.Click open = StoryDesk.openFigure(ui, new java.util.Random(1));

        assertThat(open.sends()).isFalse();
        assertThat(open.isMissing()).isTrue();
        assertThat(open.missing()).contains("no figure's mark");
        assertThat(StoryDesk.link(ui).isMissing()).isTrue();
        assertThat(StoryDesk.commentsTab(ui).isMissing()).isTrue();
    }

    private static String recorded(String name) throws IOException {
        try (InputStream in = UidlStateTest.class.getResourceAsStream("/load/" + name + ".json")) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
