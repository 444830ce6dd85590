package org.corroborate.inbox.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.corroborate.inbox.InboxService;
import org.corroborate.inbox.Queue;
import org.corroborate.inbox.QueueItem;
import org.corroborate.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/** "My queue": what is assigned to me, and for editors the figures that need approval. */
@Route("queue")
@PermitAll
class QueueView extends VerticalLayout implements HasDynamicTitle {

    final Grid<QueueItem> assigned = grid();
    final Grid<QueueItem> toApprove = grid();

    QueueView(InboxService inbox) {
        addClassName("queue-view");
        Queue queue = inbox.myQueue();
        assigned.setItems(queue.assigned());
        toApprove.setItems(queue.toApprove());
        add(new H2(getTranslation("queue.title")),
                new H3(getTranslation("queue.assigned", queue.assigned().size())), assigned);
        if (CurrentUser.canDecide()) {
            add(new H3(getTranslation("queue.to-approve", queue.toApprove().size())), toApprove);
        }
    }

    private Grid<QueueItem> grid() {
        Grid<QueueItem> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(item -> new Anchor(href(item.storyId(), item.figureId()),
                        item.figureQuote() == null ? item.storyTitle() : "« " + item.figureQuote() + " »"))
                .setHeader(getTranslation("queue.what")).setFlexGrow(3);
        grid.addColumn(QueueItem::storyTitle).setHeader(getTranslation("queue.story")).setFlexGrow(3);
        grid.addColumn(item -> item.detail() == null ? "" : getTranslation("queue.detail." + item.detail()))
                .setHeader(getTranslation("queue.state")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Where a story, or one of its figures, opens. */
    static String href(long storyId, @Nullable Long figureId) {
        return "story/" + storyId + (figureId == null ? "" : "?figure=" + figureId);
    }

    List<QueueItem> assignedItems() {
        return assigned.getGenericDataView().getItems().toList();
    }

    List<QueueItem> toApproveItems() {
        return toApprove.getGenericDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title") + " · Corroborate";
    }
}
