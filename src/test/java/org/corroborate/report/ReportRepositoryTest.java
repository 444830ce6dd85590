package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.Source;
import org.corroborate.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ReportRepositoryTest {

    @Autowired
    ReportRepository reports;

    @Autowired
    SourceService sources;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SystemAuthentication system;

    @Test
    void aReportRoundTripsWithItsAssertionsOriginsAndRelays() {
        String key = "r-" + UUID.randomUUID();
        Long id = system.call(() -> tx.execute(s -> {
            Source afp = sources.findByKey("afp").orElseThrow();
            Source sohr = sources.findByKey("sohr").orElseThrow();
            Source sana = sources.findByKey("sana").orElseThrow();
            Report report = new Report(key, afp, Instant.parse("2019-12-25T10:00:00Z"), "fr", "https://example.org/a",
                    "Bilan", "Selon l'OSDH, plus de 300 morts depuis jeudi.");
            report.state("plus de 300 morts", 14, sohr, List.of(sana),
                    Quantity.of(Qualifier.MORE_THAN, new BigDecimal("300"), null, null),
                    new Measure(QuantityKind.DEATHS, "combattants", "Idleb", "depuis jeudi"));
            return reports.save(report).getId();
        }));

        List<Assertion> assertions = tx.execute(s -> {
            List<Assertion> found = reports.findAssertions(id);
            found.forEach(a -> a.getOrigin().getName());
            return found;
        });

        assertThat(assertions).singleElement().satisfies(a -> {
            assertThat(a.getQuote()).isEqualTo("plus de 300 morts");
            assertThat(a.getStartOffset()).isEqualTo(14);
            assertThat(a.getEndOffset()).isEqualTo(31);
            assertThat(a.getOrigin().getKey()).isEqualTo("sohr");
            assertThat(a.getVia()).extracting(Source::getKey).containsExactly("sana");
            assertThat(a.getQuantity().qualifier()).isEqualTo(Qualifier.MORE_THAN);
            assertThat(a.getQuantity().low()).isEqualByComparingTo("300");
            assertThat(a.getQuantity().high()).isNull();
            assertThat(a.getMeasure().kind()).isEqualTo(QuantityKind.DEATHS);
            assertThat(a.getMeasure().place()).isEqualTo("Idleb");
        });
    }

}
