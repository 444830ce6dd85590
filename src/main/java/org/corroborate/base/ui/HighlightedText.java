package org.corroborate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
        span.addClickListener(e -> {
            select(mark.id());
            selectionListener.accept(mark.id());
        });
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

    /** Gives a mark the one class of a family ("status-…"), replacing the family's previous class. */
    public void styleMark(Long id, String family, String className) {
        Span span = marks.get(id);
        if (span != null) {
            span.getClassNames().removeIf(c -> c.startsWith(family));
            span.addClassName(className);
        }
    }
}
