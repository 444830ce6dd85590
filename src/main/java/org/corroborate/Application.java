package org.corroborate;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import java.net.URL;
import java.security.CodeSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;
import org.springframework.util.ClassUtils;

@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/corroborate.css")
public class Application implements AppShellConfigurator {

    static final String AOT = "spring.aot.enabled";

    public static void main(String[] args) {
        if (System.getProperty(AOT) == null && runsFromJarWithAotBeanDefinitions()) {
            System.setProperty(AOT, "true");
        }
        SpringApplication application = new SpringApplication(Application.class);
        if (Boolean.getBoolean("corroborate.startup.jfr")) {
            // Each start-up step (a bean made, a configuration class read...) as an event of a JFR recording
            // started with -XX:StartFlightRecording: what a start spends its time on (docs/benchmarks.md).
            application.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        application.run(args);
    }

    /**
     * The production jar carries the bean definitions Spring worked out when it was built (Spring AOT, profile
     * {@code production}): started from that jar, the app uses them and starts faster, unless
     * {@code -Dspring.aot.enabled=false} says otherwise (DD019). Started from the classes directory (development,
     * tests) it never does: what a build left there may not match the classes beside it.
     */
    static boolean runsFromJarWithAotBeanDefinitions() {
        CodeSource source = Application.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        boolean fromJar = location != null
                && ("jar".equals(location.getProtocol()) || location.getPath().endsWith(".jar"));
        return fromJar && ClassUtils.isPresent(Application.class.getName() + "__ApplicationContextInitializer",
                Application.class.getClassLoader());
    }
}
