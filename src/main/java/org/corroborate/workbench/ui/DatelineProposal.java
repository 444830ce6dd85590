package org.corroborate.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.corroborate.base.ui.Formats;
import org.corroborate.story.Dateline;

/**
 * Below "Already published": the day the pasted story's dateline names ("MAPUTO, March 18 (Reuters) -"), offered with
 * <em>Use this date</em>. Only a proposal: the field is set when the person takes it, and it says when the year was
 * not in the dateline (then the nearest past one).
 */
class DatelineProposal extends HorizontalLayout {

    final Span proposal = new Span();
    final Button use = new Button();
    private final DateTimePicker published;
    private final Function<String, Optional<Dateline>> reader;
    private LocalDate day;

    /** @param reader the story feature's reading of a dateline ({@code StoryService::dateline}) */
    DatelineProposal(TextArea text, DateTimePicker published, Function<String, Optional<Dateline>> reader) {
        this.published = published;
        this.reader = reader;
        addClassName("dateline-proposal");
        setAlignItems(Alignment.BASELINE);
        use.setText(getTranslation("story.dateline.use"));
        use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        use.addClickListener(e -> take());
        add(proposal, use);
        setVisible(false);
        text.addValueChangeListener(e -> propose(e.getValue()));
        published.addValueChangeListener(e -> show());
    }

    private void propose(String text) {
        Optional<Dateline> read = reader.apply(text);
        day = read.map(Dateline::day).orElse(null);
        read.ifPresent(d -> proposal.setText(getTranslation(d.yearRead() ? "story.dateline.read"
                : "story.dateline.read-no-year", Formats.quoted(d.words(), getLocale()),
                Formats.date(d.day(), getLocale()))));
        show();
    }

    /** Shown while there is a day to propose that the field does not hold already. */
    private void show() {
        setVisible(day != null && (published.getValue() == null || !published.getValue().toLocalDate().equals(day)));
    }

    private void take() {
        published.setValue(day.atStartOfDay());
    }
}
