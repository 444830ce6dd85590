package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Failures are classified by their causes' types and SQLSTATEs, whatever their messages say. */
class ApiFailuresTest {

    @Test
    void aLostConnectionOrAServerShuttingDownIs503WithRetryAfter() {
        for (String state : new String[] {"08006", "08001", "57P01", "57P03"}) {
            ResponseEntity<ProblemDetail> answer = answer(new DataAccessResourceFailureException("x",
                    new SQLException("whatever the driver says", state)));
            assertThat(answer.getStatusCode().value()).as(state).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        }
        assertThat(answer(new CannotCreateTransactionException("no connection")).getStatusCode().value())
                .isEqualTo(503);
        assertThat(answer(new RuntimeException(new SQLTransientConnectionException("pool timed out")))
                .getStatusCode().value()).isEqualTo(503);
        assertThat(answer(new JpaSystemException(new TransactionException("Unable to rollback",
                new SQLException("Connection is closed")))).getStatusCode().value()).isEqualTo(503);
        assertThat(answer(new IllegalStateException(new SQLException("Connection is closed"))).getStatusCode()
                .value()).as("a closed connection outside ending a transaction is not enough").isEqualTo(500);
    }

    @Test
    void aStaleVersionOrAUniqueRaceIs409() {
        assertThat(answer(new ObjectOptimisticLockingFailureException("Evidence", 1L)).getStatusCode().value())
                .isEqualTo(409);
        assertThat(answer(new DataIntegrityViolationException("dup", new SQLException("duplicate key", "23505")))
                .getStatusCode().value()).isEqualTo(409);
        assertThat(answer(new RuntimeException(new SQLException("deadlock detected", "40P01"))).getStatusCode()
                .value()).isEqualTo(409);
    }

    @Test
    void aValueTheDatabaseRefusesIs422() {
        assertThat(answer(new DataIntegrityViolationException("nul", new SQLException("invalid byte", "22021")))
                .getStatusCode().value()).isEqualTo(422);
    }

    @Test
    void anythingElseIs500WithACorrelationId() {
        ResponseEntity<ProblemDetail> answer = answer(new IllegalStateException("connection refused (a message)"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        String id = (String) answer.getBody().getProperties().get("correlationId");
        assertThat(id).hasSize(16);
        assertThat(answer.getBody().getDetail()).contains(id);
    }

    private static ResponseEntity<ProblemDetail> answer(Throwable failure) {
        return ApiFailures.answer(failure, "POST", "/api/v1/stories");
    }
}
