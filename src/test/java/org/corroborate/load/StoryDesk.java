package org.corroborate.load;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.corroborate.load.UidlState.Node;
import org.jsoup.nodes.Element;

/**
 * What a user of the story view clicks, found in a UI's state ({@link UidlState}) as the server last drew it, for the
 * load harness: a figure's mark in the story's text, the figure panel's Approve (and the confirmation a weak figure
 * asks for), its first suggested evidence's Supports, Unlink of what one linked, a comment on the story.
 *
 * <p>Each returns a {@link Click}: the message to send, or why there is nothing to send. Nothing to send is either
 * <em>skipped</em>, when the app rightly offers nothing (four eyes disables Approve, a figure that is not weak asks no
 * confirmation, nothing of one's own is linked, no suggestion is left), or <em>missing</em>, when what every story
 * view shows was not found (no mark in the text, no figure panel, no comment box): the harness no longer reads the
 * view as the server draws it, which the harness counts as an error of the action.
 */
public final class StoryDesk {

    private StoryDesk() {
    }

    /** A message to send ({@code body}), or why none: {@code skipped} (nothing to do) or {@code missing} (an error). */
    public record Click(String body, String skipped, String missing) {

        static Click send(String body) {
            return new Click(body, null, null);
        }

        static Click skip(String why) {
            return new Click(null, why, null);
        }

        static Click missing(String what) {
            return new Click(null, null, what);
        }

        public boolean sends() {
            return body != null;
        }

        public boolean isMissing() {
            return missing != null;
        }
    }

    /** A mark in a text with marked spans: the element listening for clicks on its marks, and the mark's HTML. */
    public record Mark(Node text, String id, Element element) {
    }

    /**
     * The marks of the story's text, one per id (a mark over a paragraph break is drawn in parts: the first), in
     * text order: figures have positive ids, suggestions negative ones. The text is one element whose HTML holds
     * the marks ({@code span[data-mark-id]}), with one click listener for all of them.
     */
    public static List<Mark> marks(UidlState ui) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        ui.find(n -> n.hasClass("highlighted-text") && n.listensTo("click")).filter(Node::shown)
                .forEach(text -> text.markup("[data-mark-id]").forEach(e ->
                        marks.putIfAbsent(e.attr("data-mark-id"), new Mark(text, e.attr("data-mark-id"), e))));
        return List.copyOf(marks.values());
    }

    public static List<Mark> figureMarks(UidlState ui) {
        return marks(ui).stream().filter(m -> !m.id().startsWith("-")).toList();
    }

    /** The Comments tab of the lists under the text. */
    public static Click commentsTab(UidlState ui) {
        return ui.findIn("story-lists", UidlState.tag("vaadin-tabs"))
                .filter(tabs -> tabs.listensTo("selected-changed"))
                .map(tabs -> Click.send(ui.message(UidlState.sync(tabs, "selected", 2),
                        ui.event(tabs, "selected-changed"))))
                .orElseGet(() -> Click.missing("no tabs under the story's text"));
    }

    /** A click on one of the figures' marks in the text, chosen at random. */
    public static Click openFigure(UidlState ui, RandomGenerator random) {
        List<Mark> figures = figureMarks(ui);
        if (figures.isEmpty()) {
            return Click.missing("no figure's mark in the story's text (" + marks(ui).size() + " marks in all)");
        }
        Mark mark = figures.get(random.nextInt(figures.size()));
        return Click.send(ui.message(ui.event(mark.text(), "click", mark.element())));
    }

    /** The selected figure's panel, when shown. */
    public static Optional<Node> panel(UidlState ui) {
        return ui.find(UidlState.withClass("figure-panel")).filter(Node::shown).findFirst();
    }

    /** The figure panel's Approve; skipped when disabled (four eyes: one cannot approve what one last changed). */
    public static Click approve(UidlState ui) {
        Optional<Node> button = panel(ui)
                .flatMap(p -> p.subtree().filter(UidlState.withClass("figure-review")).findFirst())
                .flatMap(form -> form.subtree().filter(n -> n.tag().equals("vaadin-button")
                        && n.attribute("theme").filter(t -> t.contains("success")).isPresent()).findFirst());
        if (button.isEmpty() || !button.get().shown() || !button.get().listensTo("click")) {
            return Click.missing(panel(ui).isEmpty() ? "no figure panel shown" : "no Approve in the figure panel");
        }
        if (!button.get().enabled()) {
            return Click.skip("Approve disabled");
        }
        return Click.send(ui.message(ui.event(button.get(), "click")));
    }

    /** After Approve: the confirmation a weak figure asks for; skipped when none is open. */
    public static Click confirm(UidlState ui) {
        return ui.find(n -> n.tag().equals("vaadin-confirm-dialog") && n.hasClass("confirm-weak")
                        && Boolean.TRUE.equals(n.property("opened").orElse(null)) && n.listensTo("confirm"))
                .findFirst()
                .map(dialog -> Click.send(ui.message(ui.event(dialog, "confirm"),
                        UidlState.sync(dialog, "opened", false))))
                .orElseGet(() -> Click.skip("not a weak figure"));
    }

    /** Supports on the figure panel's first suggested evidence; skipped when no suggestion is left to link. */
    public static Click link(UidlState ui) {
        Optional<Node> panel = panel(ui);
        if (panel.isEmpty()) {
            return Click.missing("no figure panel shown");
        }
        return panel.get().subtree().filter(n -> n.hasClass("link-supports") && n.enabled() && n.listensTo("click"))
                .findFirst().map(button -> Click.send(ui.message(ui.event(button, "click"))))
                .orElseGet(() -> Click.skip("no suggestion to link"));
    }

    /** The Unlink buttons' names in the figure panel (each names the evidence it takes out). */
    public static Set<String> unlinkLabels(UidlState ui) {
        Set<String> labels = new HashSet<>();
        panel(ui).ifPresent(p -> p.subtree().filter(UidlState.withClass("unlink"))
                .forEach(n -> n.attribute("aria-label").ifPresent(labels::add)));
        return labels;
    }

    /** Unlink of the evidence named {@code label} (what this user linked); skipped when there is none. */
    public static Click unlink(UidlState ui, String label) {
        if (label == null) {
            return Click.skip("nothing linked");
        }
        Optional<Node> panel = panel(ui);
        if (panel.isEmpty()) {
            return Click.missing("no figure panel shown");
        }
        return panel.get().subtree().filter(n -> n.hasClass("unlink") && n.listensTo("click")
                        && n.attribute("aria-label").filter(label::equals).isPresent()).findFirst()
                .map(button -> Click.send(ui.message(ui.event(button, "click"))))
                .orElseGet(() -> Click.skip("what one linked is no longer there"));
    }

    /** {@code words} typed into the story's comment box (shown under the Comments tab), and Send. */
    public static Click comment(UidlState ui, String words) {
        Optional<Node> editor = ui.find(UidlState.withClass("comment-scroller")).filter(Node::shown).findFirst()
                .flatMap(s -> s.subtree().filter(UidlState.withClass("comment-editor")).findFirst());
        Optional<Node> text = editor.flatMap(e -> e.subtree().filter(UidlState.tag("vaadin-text-area")).findFirst());
        Optional<Node> send = editor.flatMap(e -> e.subtree().filter(n -> n.hasClass("comment-send")
                && n.listensTo("click")).findFirst());
        if (text.isEmpty() || send.isEmpty()) {
            return Click.missing("no comment box with Send under the Comments tab");
        }
        return Click.send(ui.message(UidlState.sync(text.get(), "value", words), ui.event(send.get(), "click")));
    }
}
