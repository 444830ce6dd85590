package org.corroborate.archive;

import java.util.List;
import java.util.Optional;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's API: keeps captures (in the transaction that stores what they are the copy of, so that a
 * report and its copy are stored together or not at all) and hands them back as summaries, WARC files and
 * payloads.
 */
@Service
public class ArchiveService {

    private final ArchivedCopies copies;

    ArchiveService(ArchivedCopies copies) {
        this.copies = copies;
    }

    /** Keeps one capture; returns its id. Joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long keep(Capture capture) {
        return copies.insert(List.of(capture), CurrentUser.usernameOrSystem()).getFirst();
    }

    /** Keeps many captures in one go (an import's batch); returns their ids, in order. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Role.Names.CAN_EDIT)
    public List<Long> keepAll(List<Capture> captures) {
        return copies.insert(captures, CurrentUser.usernameOrSystem());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<ArchiveSummary> summary(long id) {
        return copies.summary(id);
    }

    /** The WARC file as kept ({@code .warc.gz}). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<byte[]> warc(long id) {
        return copies.warc(id);
    }

    /** What was read, taken out of the WARC file itself: the final response's body or the text. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<ArchivedPayload> payload(long id) {
        return copies.warc(id).flatMap(WarcFiles::payload);
    }
}
