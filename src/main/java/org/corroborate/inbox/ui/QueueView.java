package org.corroborate.inbox.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.corroborate.base.ui.Formats;
import org.corroborate.inbox.InboxService;
import org.corroborate.inbox.QueueItem;
import org.corroborate.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * "My queue": what is assigned to me, and for editors the figures that need approval. Both grids are lazy: they ask
 * for the rows they show, a page at a time. What is assigned to me is counted; what needs approval is counted up to
 * {@value #COUNTED} ("500+" beyond: counting further would read every story in review).
 */
@Route("queue")
@PermitAll
class QueueView extends VerticalLayout implements HasDynamicTitle {

    /** How far the figures to approve are counted. */
    static final int COUNTED = 500;

    final Grid<QueueItem> assigned = grid();
    final Grid<QueueItem> toApprove = grid();
    final H3 assignedTitle = new H3();
    final H3 toApproveTitle = new H3();

    QueueView(InboxService inbox) {
        addClassName("queue-view");
        setSizeFull();
        long assignedCount = inbox.countAssignedToMe();
        assigned.setItems(page -> inbox.assignedToMe(page.getOffset(), page.getLimit()).stream(),
                page -> (int) Math.min(Integer.MAX_VALUE, assignedCount));
        assignedTitle.setText(getTranslation("queue.assigned", assignedCount));
        add(new H2(getTranslation("queue.title")), assignedTitle, assigned);
        if (CurrentUser.canDecide()) {
            int waiting = inbox.countToApprove(COUNTED + 1);
            toApprove.setItems(page -> inbox.toApprove(page.getOffset(), page.getLimit()).stream());
            toApproveTitle.setText(waiting > COUNTED ? getTranslation("queue.to-approve.more", COUNTED)
                    : getTranslation("queue.to-approve", waiting));
            add(toApproveTitle, toApprove);
        }
    }

    private Grid<QueueItem> grid() {
        Grid<QueueItem> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // A figure by its words in the story; a story assigned as a whole says so, its title being in the next column.
        grid.addComponentColumn(item -> new Anchor(href(item.storyId(), item.figureId()), what(item)))
                .setHeader(getTranslation("queue.what")).setFlexGrow(3);
        grid.addColumn(QueueItem::storyTitle).setHeader(getTranslation("queue.story")).setFlexGrow(3);
        grid.addComponentColumn(QueueView::standing).setHeader(getTranslation("queue.standing")).setFlexGrow(1);
        grid.addColumn(item -> item.detail() == null ? "" : getTranslation("queue.detail." + item.detail()))
                .setHeader(getTranslation("queue.state")).setFlexGrow(1);
        grid.setMinHeight("12em");
        grid.setHeight("40vh");
        return grid;
    }

    /** A figure by its words, quoted as the UI's language quotes; a story as such. */
    String what(QueueItem item) {
        return item.figureId() == null ? getTranslation("queue.what.story")
                : Formats.quoted(item.figureQuote() == null ? "" : item.figureQuote(), getLocale());
    }

    /** How a figure stands, as the story page's chips say it (nothing for a story). */
    static Span standing(QueueItem item) {
        Span standing = new Span();
        if (item.figureId() != null) {
            String status = item.standing() == null ? "pending" : item.standing().name();
            standing.setText(standing.getTranslation("status." + status));
            standing.getElement().setAttribute("data-status", status);
            standing.getElement().getThemeList().add("badge");
            standing.getElement().getThemeList().add("small");
            if (item.standing() == org.corroborate.evidence.domain.FigureStatus.CONTESTED
                    || item.standing() == org.corroborate.evidence.domain.FigureStatus.SUPERSEDED) {
                standing.getElement().getThemeList().add("error");
            }
        }
        return standing;
    }

    /** Where a story, or one of its figures, opens. */
    static String href(long storyId, @Nullable Long figureId) {
        return "story/" + storyId + (figureId == null ? "" : "?figure=" + figureId);
    }

    List<QueueItem> assignedItems() {
        return assigned.getLazyDataView().getItems().toList();
    }

    List<QueueItem> toApproveItems() {
        return toApprove.getLazyDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title") + " · Corroborate";
    }
}
