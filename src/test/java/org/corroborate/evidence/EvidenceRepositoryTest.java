package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.corroborate.evidence.domain.Relation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class EvidenceRepositoryTest {

    @Autowired
    EvidenceRepository evidence;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void evidenceRoundTripsAndRelinkingBumpsItsVersion() {
        long figureId = seedFigure("plus de 70% du territoire");
        long assertionId = jdbc.queryForObject("select id from assertion where quote = '70%'", Long.class);
        jdbc.update("delete from evidence where figure_id = ? and assertion_id = ?", figureId, assertionId);

        Long id = tx.execute(s -> evidence.save(new Evidence(figureId, assertionId, Relation.SUPPORTS,
                "factchecker", Instant.parse("2026-11-24T10:00:00Z"))).getId());
        Evidence relinked = tx.execute(s -> {
            Evidence link = evidence.findById(id).orElseThrow();
            link.relink(Relation.CONTEXT, "editor", Instant.parse("2026-11-24T11:00:00Z"));
            return link;
        });

        assertThat(relinked.getVersion()).isEqualTo(1);
        Evidence loaded = tx.execute(s -> evidence.findById(id).orElseThrow());
        assertThat(loaded.getFigureId()).isEqualTo(figureId);
        assertThat(loaded.getAssertionId()).isEqualTo(assertionId);
        assertThat(loaded.getRelation()).isEqualTo(Relation.CONTEXT);
        assertThat(loaded.getLinkedBy()).isEqualTo("editor");
        assertThat(evidence.findByFigureId(figureId)).extracting(Evidence::getId).contains(id);
    }

    private long seedFigure(String quote) {
        return jdbc.queryForObject("select id from figure where quote = ? order by id limit 1", Long.class, quote);
    }
}
