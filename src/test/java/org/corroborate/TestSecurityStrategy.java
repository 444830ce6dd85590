package org.corroborate;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The test suite keeps two application contexts (the mock-servlet one and the random-port one), and each
 * installs its own Vaadin-aware security strategy JVM-wide as it starts: the last one started wins. Before
 * each test, this puts back the strategy of the context the test runs in, so that the user a test logs in
 * is the user that context's views and services see.
 */
public class TestSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 1500;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
