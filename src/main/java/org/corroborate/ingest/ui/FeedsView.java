package org.corroborate.ingest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.corroborate.base.ui.Formats;
import org.corroborate.ingest.FeedDraft;
import org.corroborate.ingest.FeedItemRow;
import org.corroborate.ingest.FeedRow;
import org.corroborate.ingest.FeedService;
import org.corroborate.report.UnreadableLinkException;
import org.corroborate.security.Role;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;

/**
 * Feeds (admins): register an RSS or Atom feed, see how each runs (last run, items listed and imported, the
 * last error), pause, resume or read one at once, and what became of its latest items.
 */
@Route("feeds")
@RolesAllowed(Role.Names.ADMIN)
class FeedsView extends VerticalLayout implements HasDynamicTitle {

    final TextField url = new TextField();
    final TextField title = new TextField();
    final ComboBox<SourceRef> publisher = new ComboBox<>();
    final Select<String> language = new Select<>();
    final IntegerField interval = new IntegerField();
    final Button register = new Button();
    final Span message = new Span();
    final Grid<FeedRow> grid = new Grid<>();
    final H3 itemsTitle = new H3();
    final Grid<FeedItemRow> items = new Grid<>();
    private final FeedService feeds;

    FeedsView(FeedService feeds, SourceService sources) {
        this.feeds = feeds;
        addClassName("feeds-view");
        url.setLabel(getTranslation("feeds.field.url"));
        url.setPlaceholder("https://");
        title.setLabel(getTranslation("feeds.field.title"));
        title.setHelperText(getTranslation("feeds.field.title.help"));
        publisher.setLabel(getTranslation("feeds.field.publisher"));
        publisher.setHelperText(getTranslation("feeds.field.publisher.help"));
        publisher.setItems(sources.choices());
        publisher.setItemLabelGenerator(SourceRef::name);
        publisher.setClearButtonVisible(true);
        language.setLabel(getTranslation("feeds.field.language"));
        language.setItems("", "fr", "en");
        language.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("feeds.language.page")
                : getTranslation("language." + code));
        language.setValue("");
        interval.setLabel(getTranslation("feeds.field.interval"));
        interval.setMin(5);
        interval.setMax(7 * 24 * 60);
        interval.setValue(60);
        interval.setStepButtonsVisible(true);
        register.setText(getTranslation("feeds.register"));
        register.setIcon(VaadinIcon.PLUS.create());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> register());
        message.addClassName("feed-message");
        FormLayout form = new FormLayout(url, title, publisher, language, interval);
        form.setColspan(url, 2);
        columns();
        items.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.addColumn(i -> Formats.dateTime(i.seenAt(), getLocale())).setHeader(getTranslation("feeds.item.seen"))
                .setAutoWidth(true).setFlexGrow(0);
        items.addColumn(i -> getTranslation("feeds.outcome." + i.outcome())).setHeader(getTranslation("feeds.item.outcome"))
                .setAutoWidth(true).setFlexGrow(0);
        items.addColumn(FeedItemRow::url).setHeader(getTranslation("feeds.item.url")).setFlexGrow(2);
        items.addColumn(i -> i.reason() == null ? "" : i.reason()).setHeader(getTranslation("feeds.item.reason")).setFlexGrow(2);
        items.setAllRowsVisible(true);
        grid.addSelectionListener(e -> showItems(e.getFirstSelectedItem().orElse(null)));
        add(new H2(getTranslation("feeds.title")), new Paragraph(getTranslation("feeds.help")), form,
                new HorizontalLayout(register), message, grid, itemsTitle, items);
        refresh();
        showItems(null);
    }

    private void columns() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(FeedRow::title).setHeader(getTranslation("feeds.column.title")).setFlexGrow(2);
        grid.addColumn(f -> f.publisherName() == null ? getTranslation("feeds.by-domain") : f.publisherName())
                .setHeader(getTranslation("feeds.column.publisher")).setFlexGrow(1);
        grid.addColumn(f -> getTranslation("feeds.every", f.intervalMinutes())).setHeader(getTranslation("feeds.column.interval"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::status).setHeader(getTranslation("feeds.column.status")).setFlexGrow(2);
        grid.addColumn(f -> getTranslation("feeds.counts", f.lastItems(), f.lastImported(), f.itemsImported()))
                .setHeader(getTranslation("feeds.column.items")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.setAllRowsVisible(true);
    }

    private String status(FeedRow f) {
        String last = f.lastRunAt() == null ? getTranslation("feeds.never")
                : getTranslation("feeds.last-run", Formats.dateTime(f.lastRunAt(), getLocale()));
        String state = f.paused() ? getTranslation("feeds.paused")
                : getTranslation("feeds.next-run", Formats.dateTime(f.nextRunAt(), getLocale()));
        return last + " · " + state + (f.lastError() == null ? "" : " · " + getTranslation("feeds.error", f.lastError()));
    }

    private HorizontalLayout actions(FeedRow f) {
        Button pause = new Button(getTranslation(f.paused() ? "feeds.resume" : "feeds.pause"),
                (f.paused() ? VaadinIcon.PLAY : VaadinIcon.PAUSE).create(), e -> {
                    if (f.paused()) {
                        feeds.resume(f.id());
                    } else {
                        feeds.pause(f.id());
                    }
                    refresh();
                });
        pause.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button now = new Button(getTranslation("feeds.run-now"), VaadinIcon.REFRESH.create(), e -> {
            feeds.runSoon(f.id());
            Notification.show(getTranslation("feeds.run-now.done", f.title()));
            refresh();
        });
        now.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(pause, now);
    }

    void register() {
        if (interval.getValue() == null || interval.isInvalid()) {
            interval.setInvalid(true);
            return;
        }
        try {
            feeds.register(new FeedDraft(url.getValue(), title.getValue(),
                    publisher.getValue() == null ? null : publisher.getValue().id(), language.getValue(), interval.getValue()));
            message.removeClassName("problem");
            message.setText(getTranslation("feeds.registered", url.getValue().strip()));
            Notification.show(getTranslation("feeds.registered", url.getValue().strip()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            url.clear();
            title.clear();
            refresh();
        } catch (UnreadableLinkException unreadable) {
            problem(getTranslation(unreadable.messageKey(), unreadable.arguments()));
        } catch (IllegalArgumentException refused) {
            problem(getTranslation(refused.getMessage().startsWith("feed.error.") ? refused.getMessage()
                    : "feeds.error.interval"));
        }
    }

    private void problem(String text) {
        message.addClassName("problem");
        message.setText(text);
    }

    private void refresh() {
        List<FeedRow> rows = feeds.list();
        grid.setItems(rows);
    }

    private void showItems(FeedRow feed) {
        itemsTitle.setVisible(feed != null);
        items.setVisible(feed != null);
        if (feed != null) {
            itemsTitle.setText(getTranslation("feeds.items", feed.title()));
            items.setItems(feeds.latestItems(feed.id(), 50));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feeds.title") + " · Corroborate";
    }
}
