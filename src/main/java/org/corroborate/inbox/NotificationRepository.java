package org.corroborate.inbox;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select count(n) from Notification n where n.recipient = :recipient and n.readAt is null")
    long countUnread(String recipient);

    @Modifying
    @Query("""
            update Notification n set n.readAt = :at, n.version = n.version + 1
            where n.recipient = :recipient and n.readAt is null""")
    int markAllRead(String recipient, Instant at);
}
