package org.corroborate.inbox;

import java.util.List;

/** One person's queue: what is assigned to them, and (editors) the figures that need their approval. */
public record Queue(List<QueueItem> assigned, List<QueueItem> toApprove) {
}
