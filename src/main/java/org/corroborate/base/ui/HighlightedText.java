package org.corroborate.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;

/**
 * A text with marked spans (figures in a story, assertions in a report). Paragraphs follow the blank lines of the
 * text; a click on a mark (or Enter or Space on it) selects it, and {@link #select(Long)} scrolls a mark into view.
 *
 * <p>A story may be 1 MB with 10 000 marks, so the text is no tree of components: it is one element whose HTML is
 * written here (the text escaped, each mark a {@code <span class="mark" data-mark-id=…>}), with one listener for the
 * clicks and keys on all marks. The paragraphs are grouped in blocks of about {@value #BLOCK_CHARS} characters that
 * the browser lays out only when they are on screen ({@code content-visibility: auto}). After that, a change goes to
 * the browser as the change alone, with the next response: a mark's classes, name or tooltip, a mark given another id
 * (a suggestion accepted as a figure), a mark taken out, or at most the paragraphs a new mark falls in. The marks and
 * their state are kept here, so the whole text can be written again as it is now when the element is attached anew.
 * The HTML goes to the browser in a JavaScript call, not as an element property, which the server would keep in its
 * copy of the page for as long as the page is open (DD025).
 *
 * <p>Marks do not nest: where two overlap, the one that starts first (of two at the same place, the one given first)
 * keeps the words they share, and the other is marked from where the first ends. A mark over a paragraph break is
 * marked in each paragraph; the first part is the one a keyboard reaches.
 */
public class HighlightedText extends Div {

    /** A span to mark: [start, end) in the text, identified by {@code id}. */
    public record Mark(Long id, int start, int end, String title) {
    }

    /** A mark as the browser shows it: its words (the parts drawn, joined), classes, spoken name and tooltip. */
    public record Shown(Long id, String text, List<String> classes, String label, String title) {
    }

    /** Paragraphs are grouped in blocks of about this many characters, laid out by the browser when on screen. */
    static final int BLOCK_CHARS = 8_000;

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final String MARK = "event.target.closest('[data-mark-id]')";
    /** The event data that names the mark clicked or keyed (a delegated listener: one for all marks). */
    static final String MARK_ID = MARK + "?.dataset.markId";
    /** Which clicks reach the server: those on a mark. */
    static final String CLICK_FILTER = MARK + " != null";
    /** Which keys reach the server: Enter or Space on a mark, as on a button. */
    static final String KEY_FILTER = "(event.key === 'Enter' || event.key === ' ') && " + MARK + " != null";
    /** Applies the changes (see {@link #flush()}) to the element; {@code $0} is the list as JSON. */
    private static final String APPLY = """
            const root = this;
            if (root.__fillAll) root.__fillAll(); // a change may touch any block: every block is drawn first
            const parts = id => root.querySelectorAll('[data-mark-id="' + id + '"]');
            for (const op of JSON.parse($0)) {
              if (op[0] === 'p') {
                const p = root.querySelector('p[data-start="' + op[1] + '"]');
                if (p) p.innerHTML = op[2];
              } else if (op[0] === 'r') {
                parts(op[1]).forEach(e => e.dataset.markId = op[2]);
              } else if (op[0] === 'u') {
                parts(op[1]).forEach(e => e.replaceWith(...e.childNodes));
              } else if (op[0] === 'a') {
                parts(op[1]).forEach(e => {
                  e.className = op[2];
                  e.title = op[3];
                  if (e.hasAttribute('role')) e.setAttribute('aria-label', op[4]);
                });
              } else if (op[0] === 's') {
                const e = parts(op[1])[0];
                if (e) e.scrollIntoView({block: 'nearest'});
              } else if (op[0] === 'f') {
                const e = parts(op[1])[0];
                if (e) e.focus();
              }
            }""";

    /**
     * Draws the blocks written after the first ({@code $0}: [block index, its HTML] pairs) into their placeholders:
     * those that come near the text's viewport at once, the others a few at a time while the browser is idle, so that
     * the first screen does not wait for a 1 MB text to be parsed; any change (see {@link #APPLY}) draws them all first.
     */
    private static final String DEFER = """
            const root = this;
            if (root.__stopFilling) root.__stopFilling();
            const pending = new Map($0);
            const fill = i => {
              const html = pending.get(i);
              if (html === undefined) return;
              pending.delete(i);
              const block = root.querySelector(':scope > [data-block="' + i + '"]');
              if (block) {
                block.innerHTML = html;
                block.style.removeProperty('height');
              }
            };
            const near = new IntersectionObserver(entries => entries.forEach(e => {
              if (e.isIntersecting) {
                near.unobserve(e.target);
                fill(Number(e.target.dataset.block));
              }
            }), {root: root.closest('vaadin-scroller'), rootMargin: '2000px 0px'});
            root.querySelectorAll(':scope > [data-block]').forEach(b => {
              if (pending.has(Number(b.dataset.block))) near.observe(b);
            });
            const idleApi = window.requestIdleCallback && window.cancelIdleCallback;
            const later = idleApi ? f => requestIdleCallback(f, {timeout: 200}) : f => setTimeout(f, 20);
            const stop = idleApi ? id => cancelIdleCallback(id) : id => clearTimeout(id);
            let idle;
            const step = () => {
              const until = performance.now() + 10;
              while (pending.size && performance.now() < until) fill(pending.keys().next().value);
              if (pending.size) {
                idle = later(step);
              } else {
                idle = null;
                near.disconnect();
              }
            };
            idle = later(step);
            root.__fillAll = () => {
              while (pending.size) fill(pending.keys().next().value);
              near.disconnect();
            };
            root.__stopFilling = () => {
              if (idle) stop(idle);
              near.disconnect();
              pending.clear();
            };""";

    /** Writes the text's HTML ({@code $0}) into the element, stopping a filling of blocks still under way. */
    private static final String WRITE = """
            if (this.__stopFilling) this.__stopFilling();
            this.innerHTML = $0;""";

    /** Blocks written with the text at once; the others are sent in the same response and drawn by {@link #DEFER}. */
    static final int FIRST_BLOCKS = 1;

    /** One mark and how it is shown; {@code order} breaks ties between marks that start at the same place. */
    private static final class State {
        final Mark mark;
        final long order;
        final LinkedHashSet<String> classes = new LinkedHashSet<>();
        String label;

        State(Mark mark, long order) {
            this.mark = mark;
            this.order = order;
            this.label = mark.title();
        }
    }

    private static final Comparator<State> IN_TEXT = Comparator.<State>comparingInt(s -> s.mark.start())
            .thenComparingLong(s -> s.order);

    private final String text;
    private final int[] paragraphStarts;
    private final int[] paragraphEnds;
    /** Index of the first paragraph of each block, and the paragraph count at the end. */
    private final int[] blocks;
    private final Map<Long, State> marks = new HashMap<>();
    private final NavigableSet<State> inText = new TreeSet<>(IN_TEXT);
    private long nextOrder;
    private int longestMark;
    private Consumer<Long> selectionListener = id -> { };
    private @Nullable Long selected;

    // What the browser has not been sent yet.
    private boolean renderAll = true;
    private final List<Object[]> structural = new ArrayList<>();
    private final Set<Integer> paragraphsToDraw = new TreeSet<>();
    private final Set<Long> marksToRestyle = new LinkedHashSet<>();
    private final List<Object[]> moves = new ArrayList<>();
    private boolean flushPlanned;
    private int wholeRenders;

    /** {@code marks}: in any order. */
    public HighlightedText(String text, List<Mark> marks) {
        this.text = text;
        addClassName("highlighted-text");
        List<int[]> paragraphs = new ArrayList<>();
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = breaks.find() ? breaks.start() : text.length();
            paragraphs.add(new int[] {paragraphStart, paragraphEnd});
            paragraphStart = paragraphEnd == text.length() ? text.length() : breaks.end();
        }
        paragraphStarts = paragraphs.stream().mapToInt(p -> p[0]).toArray();
        paragraphEnds = paragraphs.stream().mapToInt(p -> p[1]).toArray();
        List<Integer> firsts = new ArrayList<>();
        int size = BLOCK_CHARS;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (size >= BLOCK_CHARS) {
                firsts.add(i);
                size = 0;
            }
            size += paragraphEnds[i] - paragraphStarts[i];
        }
        firsts.add(paragraphs.size());
        blocks = firsts.stream().mapToInt(Integer::intValue).toArray();
        marks.stream().sorted(Comparator.comparingInt(Mark::start)).forEach(m -> put(m, nextOrder++));
        // One listener for every mark: a click, or Enter or Space as on a button.
        getElement().addEventListener("click", this::activated).addEventData(MARK_ID).setFilter(CLICK_FILTER);
        getElement().addEventListener("keydown", this::activated).addEventData(MARK_ID)
                .addEventData("event.preventDefault()").setFilter(KEY_FILTER);
    }

    private void activated(DomEvent event) {
        String id = event.getEventData().path(MARK_ID).asString("");
        if (!id.matches("-?[0-9]{1,18}")) {
            return;
        }
        Long markId = Long.valueOf(id);
        if (marks.containsKey(markId)) {
            select(markId);
            selectionListener.accept(markId);
        }
    }

    public void onSelect(Consumer<Long> listener) {
        this.selectionListener = listener;
    }

    /** Marks {@code id} as selected and scrolls it into view; null clears the selection. */
    public void select(@Nullable Long id) {
        Long before = selected;
        selected = id == null || !marks.containsKey(id) ? null : id;
        if (!Objects.equals(before, selected)) {
            restyle(before);
            restyle(selected);
        }
        if (selected != null) {
            moves.add(new Object[] {"s", selected});
            planFlush();
        }
    }

    /** The selected mark, if any. */
    public @Nullable Long selected() {
        return selected;
    }

    /** Moves the keyboard focus to a mark. */
    public void focusMark(Long id) {
        if (marks.containsKey(id)) {
            moves.add(new Object[] {"f", id});
            planFlush();
        }
    }

    /** What a screen reader says for a mark (its value and status, say); the tooltip stays as given. */
    public void labelMark(Long id, String label) {
        State state = marks.get(id);
        if (state != null && !state.label.equals(label)) {
            state.label = label;
            restyle(id);
        }
    }

    /** Gives a mark the one class of a family ("status-…"), replacing the family's previous class. */
    public void styleMark(Long id, String family, String className) {
        State state = marks.get(id);
        if (state == null) {
            return;
        }
        List<String> before = List.copyOf(state.classes);
        state.classes.removeIf(c -> c.startsWith(family));
        state.classes.add(className);
        if (!before.equals(List.copyOf(state.classes))) {
            restyle(id);
        }
    }

    /**
     * Takes out the marks {@code removed} and adds {@code added}, changing in the browser only what they touch. A
     * mark added over exactly the words of one taken out (a suggestion accepted as a figure) takes its place and
     * keeps nothing of its classes; the selection moves with it.
     */
    public void changeMarks(Collection<Long> removed, Collection<Mark> added) {
        Map<Long, State> out = new LinkedHashMap<>();
        for (Long id : removed) {
            State state = marks.remove(id);
            if (state != null) {
                inText.remove(state);
                out.put(id, state);
            }
        }
        for (Mark mark : added) {
            State old = marks.remove(mark.id());
            if (old != null) {
                inText.remove(old);
                out.putIfAbsent(mark.id(), old);
            }
        }
        for (Mark mark : added) {
            State same = out.values().stream()
                    .filter(s -> s.mark.start() == mark.start() && s.mark.end() == mark.end()).findFirst().orElse(null);
            if (same != null) {
                out.remove(same.mark.id());
                put(mark, same.order);
                if (!same.mark.id().equals(mark.id())) {
                    structural.add(new Object[] {"r", same.mark.id(), mark.id()});
                    if (same.mark.id().equals(selected)) {
                        selected = mark.id();
                    }
                }
                restyle(mark.id());
            } else {
                put(mark, nextOrder++);
                redraw(mark.start(), mark.end());
            }
        }
        for (State gone : out.values()) {
            if (gone.mark.id().equals(selected)) {
                selected = null;
            }
            if (overlapping(gone.mark.start(), gone.mark.end()).isEmpty()) {
                structural.add(new Object[] {"u", gone.mark.id()});
            } else {
                redraw(gone.mark.start(), gone.mark.end());
            }
        }
        planFlush();
    }

    /** Every mark, as the browser shows it, in text order (a mark another one covers whole shows no words). */
    public List<Shown> shown() {
        Map<Long, StringBuilder> words = new LinkedHashMap<>();
        for (int k = 0; k < paragraphStarts.length; k++) {
            int cursor = paragraphStarts[k];
            for (State s : overlapping(paragraphStarts[k], paragraphEnds[k])) {
                int start = Math.max(s.mark.start(), cursor);
                int end = Math.min(s.mark.end(), paragraphEnds[k]);
                if (end > start) {
                    words.computeIfAbsent(s.mark.id(), id -> new StringBuilder()).append(text, start, end);
                    cursor = end;
                }
            }
        }
        return inText.stream().map(s -> new Shown(s.mark.id(),
                words.getOrDefault(s.mark.id(), new StringBuilder()).toString(), List.copyOf(classesOf(s)), s.label,
                s.mark.title())).toList();
    }

    /** The marks shown with the given class, in text order. */
    public List<Shown> shownWithClass(String className) {
        return shown().stream().filter(s -> s.classes().contains(className)).toList();
    }

    /** The element's HTML as it is now (what {@link #shown()} describes), as sent to the browser. */
    public String html() {
        return html(Integer.MAX_VALUE);
    }

    /**
     * The element's HTML with the first {@code filled} blocks written and the others as empty placeholders of their
     * guessed height, to be drawn by {@link #DEFER}.
     */
    private String html(int filled) {
        StringBuilder html = new StringBuilder(filled >= blockCount() ? text.length() + marks.size() * 160 + 64
                : filled * (BLOCK_CHARS + 8_000) + blockCount() * 120);
        for (int b = 0; b + 1 < blocks.length; b++) {
            // a guess at the block's height until the browser lays it out: ~80 characters a line of 29 px
            int height = blockChars(b) / 80 * 29 + (blocks[b + 1] - blocks[b]) * 46 + 29;
            html.append("<div class=\"text-block\" data-block=\"").append(b)
                    .append("\" style=\"contain-intrinsic-size: auto ").append(height).append("px");
            if (b < filled) {
                html.append("\">");
                blockContent(html, b);
            } else {
                html.append("; height: ").append(height).append("px\">");
            }
            html.append("</div>");
        }
        return html.toString();
    }

    private int blockChars(int b) {
        return paragraphEnds[blocks[b + 1] - 1] - paragraphStarts[blocks[b]];
    }

    private void blockContent(StringBuilder html, int b) {
        for (int k = blocks[b]; k < blocks[b + 1]; k++) {
            paragraph(html, k);
        }
    }

    /** How many blocks the text is sent in (the first written at once, the others drawn by the browser after). */
    public int blockCount() {
        return blocks.length - 1;
    }

    /** How many times the whole text was written for the browser (once, unless it was attached anew). */
    public int wholeRenders() {
        return wholeRenders;
    }

    /**
     * Asks the browser which characters of the text the user selected: {@code onRange} gets [start, end) in
     * the text given to the constructor, or is not called when nothing is selected in it. Offsets are counted
     * over the text nodes of each paragraph, from the paragraph's {@code data-start}.
     */
    public void requestSelection(SerializableBiConsumer<Integer, Integer> onRange) {
        getElement().executeJs("""
                const sel = window.getSelection();
                if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return '';
                const range = sel.getRangeAt(0);
                const at = (node, offset) => {
                  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
                  const p = el && el.closest('p[data-start]');
                  if (!p || !this.contains(p)) return -1;
                  const start = parseInt(p.dataset.start, 10);
                  if (node.nodeType !== Node.TEXT_NODE) {
                    const before = document.createRange();
                    before.selectNodeContents(p);
                    before.setEnd(node, offset);
                    return start + before.toString().length;
                  }
                  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                  let count = 0;
                  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                    if (t === node) return start + count + offset;
                    count += t.length;
                  }
                  return -1;
                };
                const from = at(range.startContainer, range.startOffset);
                const to = at(range.endContainer, range.endOffset);
                return from < 0 || to <= from ? '' : from + ',' + to;
                """).then(String.class, range -> {
            if (range != null && range.contains(",")) {
                String[] ends = range.split(",");
                onRange.accept(Integer.valueOf(ends[0]), Integer.valueOf(ends[1]));
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // A new element in the browser starts empty (the HTML is no property the server would send again): write the
        // text as it is now.
        renderAll = true;
        flushPlanned = false;
        planFlush();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        flushPlanned = false;
    }

    private void put(Mark mark, long order) {
        State state = new State(mark, order);
        marks.put(mark.id(), state);
        inText.add(state);
        longestMark = Math.max(longestMark, mark.end() - mark.start());
    }

    /** The marks that share characters with [from, to), in text order. */
    private List<State> overlapping(int from, int to) {
        State low = new State(new Mark(0L, from - longestMark, 0, ""), Long.MIN_VALUE);
        State high = new State(new Mark(0L, to, 0, ""), Long.MIN_VALUE);
        return inText.subSet(low, true, high, false).stream()
                .filter(s -> s.mark.end() > from && s.mark.start() < to && s.mark.end() > s.mark.start()).toList();
    }

    private void restyle(@Nullable Long id) {
        if (id != null) {
            marksToRestyle.add(id);
            planFlush();
        }
    }

    /** The paragraphs that [from, to) touches are drawn again. */
    private void redraw(int from, int to) {
        for (int k = firstParagraphEndingAfter(from); k < paragraphStarts.length && paragraphStarts[k] < Math.max(to,
                from + 1); k++) {
            paragraphsToDraw.add(k);
        }
        planFlush();
    }

    private int firstParagraphEndingAfter(int offset) {
        int low = 0;
        int high = paragraphEnds.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (paragraphEnds[mid] > offset) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private void planFlush() {
        if (!flushPlanned) {
            getUI().ifPresent(ui -> {
                flushPlanned = true;
                ui.beforeClientResponse(this, context -> flush());
            });
        }
    }

    /** Sends what changed: the whole text, or the changes alone in one call (structure, paragraphs, styles, moves). */
    private void flush() {
        flushPlanned = false;
        ArrayNode ops = JacksonUtils.createArrayNode();
        if (renderAll) {
            // the first screen at once; a long text's further blocks in the same response, drawn by the browser after
            getElement().executeJs(WRITE, html(FIRST_BLOCKS));
            if (blockCount() > FIRST_BLOCKS) {
                ArrayNode later = JacksonUtils.createArrayNode();
                for (int b = FIRST_BLOCKS; b < blockCount(); b++) {
                    StringBuilder html = new StringBuilder(blockChars(b) + 4_000);
                    blockContent(html, b);
                    later.addArray().add(b).add(html.toString());
                }
                getElement().executeJs(DEFER, later);
            }
            wholeRenders++;
            renderAll = false;
        } else {
            for (Object[] op : structural) {
                ArrayNode node = ops.addArray().add((String) op[0]).add(String.valueOf(op[1]));
                if (op.length > 2) {
                    node.add(String.valueOf(op[2]));
                }
            }
            for (int k : paragraphsToDraw) {
                StringBuilder html = new StringBuilder();
                paragraphContent(html, k);
                ops.addArray().add("p").add(String.valueOf(paragraphStarts[k])).add(html.toString());
            }
            for (Long id : marksToRestyle) {
                State state = marks.get(id);
                if (state != null) {
                    ops.addArray().add("a").add(String.valueOf(id)).add(String.join(" ", classesOf(state)))
                            .add(state.mark.title()).add(state.label);
                }
            }
        }
        structural.clear();
        paragraphsToDraw.clear();
        marksToRestyle.clear();
        for (Object[] move : moves) {
            ops.addArray().add((String) move[0]).add(String.valueOf(move[1]));
        }
        moves.clear();
        if (!ops.isEmpty()) {
            getElement().executeJs(APPLY, ops.toString());
        }
    }

    private List<String> classesOf(State state) {
        List<String> classes = new ArrayList<>();
        classes.add("mark");
        classes.addAll(state.classes);
        if (state.mark.id().equals(selected)) {
            classes.add("selected");
        }
        return classes;
    }

    private void paragraph(StringBuilder html, int k) {
        html.append("<p data-start=\"").append(paragraphStarts[k]).append("\">");
        paragraphContent(html, k);
        html.append("</p>");
    }

    private void paragraphContent(StringBuilder html, int k) {
        int from = paragraphStarts[k];
        int to = paragraphEnds[k];
        int previousEnd = k == 0 ? Integer.MIN_VALUE : paragraphEnds[k - 1];
        int cursor = from;
        for (State s : overlapping(from, to)) {
            int start = Math.max(s.mark.start(), cursor);
            int end = Math.min(s.mark.end(), to);
            if (end <= start) {
                continue;
            }
            escapeText(html, cursor, start);
            html.append("<span class=\"");
            escapeAttribute(html, String.join(" ", classesOf(s)));
            html.append("\" data-mark-id=\"").append(s.mark.id()).append("\" title=\"");
            escapeAttribute(html, s.mark.title());
            html.append('"');
            if (s.mark.start() >= previousEnd) {
                // the part a keyboard reaches and a screen reader names: where the mark begins
                html.append(" tabindex=\"0\" role=\"button\" aria-label=\"");
                escapeAttribute(html, s.label);
                html.append('"');
            }
            html.append('>');
            escapeText(html, start, end);
            html.append("</span>");
            cursor = end;
        }
        escapeText(html, cursor, to);
    }

    /**
     * The text [from, to) as HTML text: markup characters escaped, and a carriage return as a character reference
     * (the HTML parser would otherwise fold CR LF into LF, and the offsets would no longer match the text).
     */
    private void escapeText(StringBuilder html, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '\r' -> html.append("&#13;");
                case '\0' -> html.append('\uFFFD');
                default -> html.append(c);
            }
        }
    }

    private static void escapeAttribute(StringBuilder html, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\0' -> html.append('\uFFFD');
                default -> html.append(c);
            }
        }
    }
}
