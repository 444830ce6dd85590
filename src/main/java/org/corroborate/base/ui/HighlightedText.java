package org.corroborate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with marked spans (figures in a story, assertions in a report). Paragraphs follow the blank
 * lines of the text; a click on a mark selects it, and {@link #select(Long)} scrolls a mark into view.
 */
public class HighlightedText extends Div {

    /** A span to mark: [start, end) in the text, identified by {@code id}. */
    public record Mark(Long id, int start, int end, String title) {
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private final Map<Long, Span> marks = new HashMap<>();
    private Consumer<Long> selectionListener = id -> { };
    private Span selected;

    public HighlightedText(String text, List<Mark> marksInOrder) {
        addClassName("highlighted-text");
        int paragraphStart = 0;
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int next = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = breaks.find() ? breaks.start() : text.length();
            int following = paragraphEnd == text.length() ? text.length() : breaks.end();
            next = paragraph(text, paragraphStart, paragraphEnd, marksInOrder, next);
            paragraphStart = following;
        }
    }

    /** Adds one paragraph; returns the index of the first mark not yet placed. */
    private int paragraph(String text, int from, int to, List<Mark> marksInOrder, int nextMark) {
        Paragraph p = new Paragraph();
        p.getElement().setAttribute("data-start", String.valueOf(from));
        int cursor = from;
        int i = nextMark;
        while (i < marksInOrder.size() && marksInOrder.get(i).start() < to) {
            Mark mark = marksInOrder.get(i);
            int start = Math.max(mark.start(), cursor);
            int end = Math.min(mark.end(), to);
            if (start > cursor) {
                p.add(new Text(text.substring(cursor, start)));
            }
            if (end > start) {
                p.add(markSpan(mark, text.substring(start, end)));
                cursor = end;
            }
            i++;
        }
        if (cursor < to) {
            p.add(new Text(text.substring(cursor, to)));
        }
        add(p);
        return i;
    }

    private Component markSpan(Mark mark, String content) {
        Span span = new Span(content);
        span.addClassName("mark");
        span.getElement().setAttribute("data-mark-id", String.valueOf(mark.id()));
        span.getElement().setAttribute("title", mark.title());
        span.getElement().setAttribute("tabindex", "0");
        span.getElement().setAttribute("role", "button");
        span.getElement().setAttribute("aria-label", mark.title());
        span.addClickListener(e -> {
            select(mark.id());
            selectionListener.accept(mark.id());
        });
        // A keyboard user opens a mark as a button: Enter or Space.
        span.getElement().addEventListener("keydown", e -> {
            select(mark.id());
            selectionListener.accept(mark.id());
        }).setFilter("event.key === 'Enter' || event.key === ' '").addEventData("event.preventDefault()");
        marks.put(mark.id(), span);
        return span;
    }

    public void onSelect(Consumer<Long> listener) {
        this.selectionListener = listener;
    }

    /** Marks {@code id} as selected and scrolls it into view; null clears the selection. */
    public void select(Long id) {
        if (selected != null) {
            selected.removeClassName("selected");
        }
        selected = id == null ? null : marks.get(id);
        if (selected != null) {
            selected.addClassName("selected");
            selected.scrollIntoView();
        }
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

    /** Moves the keyboard focus to a mark. */
    public void focusMark(Long id) {
        Span span = marks.get(id);
        if (span != null) {
            span.getElement().callJsFunction("focus");
        }
    }

    /** What a screen reader says for a mark (its value and status, say); the tooltip stays as given. */
    public void labelMark(Long id, String label) {
        Span span = marks.get(id);
        if (span != null) {
            span.getElement().setAttribute("aria-label", label);
        }
    }

    /** Gives a mark the one class of a family ("status-…"), replacing the family's previous class. */
    public void styleMark(Long id, String family, String className) {
        Span span = marks.get(id);
        if (span != null) {
            span.getClassNames().removeIf(c -> c.startsWith(family));
            span.addClassName(className);
        }
    }
}
