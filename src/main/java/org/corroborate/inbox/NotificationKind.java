package org.corroborate.inbox;

/** Why someone is told something: assigned to them, mentioned, their approval lapsed, a story awaits approval. */
public enum NotificationKind {
    ASSIGNED, MENTIONED, APPROVAL_LAPSED, STORY_READY
}
