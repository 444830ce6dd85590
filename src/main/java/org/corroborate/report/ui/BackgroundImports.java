package org.corroborate.report.ui;

import java.io.StringReader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.corroborate.report.ImportProgress;
import org.corroborate.report.ImportSummary;
import org.corroborate.report.ReportImportService;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs imports off the request thread, so that the UI stays responsive. The service checks the caller's role, so
 * the task carries the security context of the user who started it: captured when the import is submitted, from
 * the strategy that method security reads (Vaadin's session-aware one), and set on the worker thread for the
 * task's duration only. Two imports run at once at most; more wait their turn.
 */
@Component
class BackgroundImports implements DisposableBean {

    private final ExecutorService threads = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("report-import-", 1).daemon(true).factory());
    private final DelegatingSecurityContextExecutor asUser;
    private final ReportImportService imports;

    BackgroundImports(ReportImportService imports, SecurityContextHolderStrategy strategy) {
        this.imports = imports;
        this.asUser = new DelegatingSecurityContextExecutor(threads);
        this.asUser.setSecurityContextHolderStrategy(strategy);
    }

    /** Starts importing {@code file} as the current user; {@code progress} is called from the worker thread. */
    CompletableFuture<ImportSummary> start(String file, Consumer<ImportProgress> progress) {
        return CompletableFuture.supplyAsync(() -> imports.importLines(new StringReader(file), progress), asUser);
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
