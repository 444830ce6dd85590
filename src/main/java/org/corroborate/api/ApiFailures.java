package org.corroborate.api;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.StaleStateException;
import org.hibernate.TransactionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What an unexpected failure means to an API client, decided from the exception's causes, never from message
 * text: the database unavailable (SQLSTATE class 08, 57P01–57P03, no connection to be had, or a transaction that
 * cannot be ended on a connection the pool has closed) is a 503 with
 * {@code Retry-After}; a concurrent change (a stale version, a unique key taken meanwhile, a deadlock or
 * serialization failure) is a 409 to retry; a value the database refuses (SQLSTATE class 22) is a 422; anything
 * else is a 500 whose {@code correlationId} is in the log
 * with the stack trace.
 */
final class ApiFailures {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFailures.class);

    /** Seconds a client should wait before retrying while the database is unavailable. */
    static final int RETRY_AFTER_SECONDS = 5;

    private ApiFailures() {
    }

    static ResponseEntity<ProblemDetail> answer(Throwable failure, String method, String path) {
        if (databaseUnavailable(failure)) {
            LOG.warn("{} {}: database unavailable ({})", method, path, rootCause(failure).toString());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The database is unavailable for the moment; nothing was changed. Try again in a few seconds.");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(problem);
        }
        if (concurrentChange(failure)) {
            LOG.info("{} {}: concurrent change ({})", method, path, rootCause(failure).toString());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Someone changed the same data at the same time; nothing was changed. Read it again and retry.");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        if (sqlState(failure, "22")) {
            LOG.info("{} {}: a value the database refuses ({})", method, path, rootCause(failure).toString());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT, "A value in the request cannot be stored; nothing was changed."));
        }
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(internalError(failure, method, path));
    }

    /** Whether a cause is an SQL exception whose SQLSTATE starts with {@code prefix}. */
    private static boolean sqlState(Throwable failure, String prefix) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A 500 whose correlation id is logged with the failure. */
    static ProblemDetail internalError(@Nullable Throwable failure, String method, String path) {
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        LOG.error("{} {} failed [correlationId={}]", method, path, id, failure);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server; nothing was changed. Quote the correlation id " + id
                        + " when you report it.");
        problem.setProperty("correlationId", id);
        return problem;
    }

    static boolean databaseUnavailable(Throwable failure) {
        boolean transactionFailed = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            transactionFailed |= t instanceof TransactionException || t instanceof TransactionSystemException;
            // A transaction that cannot even be rolled back on a connection the pool has closed (no SQLSTATE: the
            // pool evicted it after the server went away; the first failure was overridden by this one)
            if (transactionFailed && t instanceof SQLException sql && sql.getSQLState() == null) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    static boolean concurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingFailureException || t instanceof OptimisticLockException
                    || t instanceof StaleStateException || t instanceof PessimisticLockingFailureException
                    || t instanceof CannotAcquireLockException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && switch (sql.getSQLState()) {
                case "23505", "40001", "40P01" -> true; // unique violation, serialization failure, deadlock
                default -> false;
            }) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
