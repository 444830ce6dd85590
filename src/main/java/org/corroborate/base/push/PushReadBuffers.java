package org.corroborate.base.push;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletConfig;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sizes the two read buffers Atmosphere (Vaadin's push library) gives each open page's WebSocket: a byte buffer and a
 * character buffer of {@code org.atmosphere.websocket.bufferSize}, which Vaadin sets to 16 384, so 48 KB of heap per
 * open page (32 KB for the characters) for as long as it is open. Atmosphere fills them only when a message reaches it
 * as a stream; on Tomcat every message reaches it whole (its JSR 356 endpoint), and Vaadin's pages send nothing over
 * the WebSocket anyway ({@code WEBSOCKET_XHR}), so they stay empty. Should a stream come, they grow by doubling up to
 * the largest message allowed (16 384, Vaadin's), so a smaller start changes no behaviour (docs/benchmarks.md,
 * "Memory per UI, sixth shift"; DD025).
 *
 * <p>Vaadin sets the size on the framework it creates for the Vaadin servlet, before any setting of ours could be
 * read, and Atmosphere reads it again for each new connection: so it is set on that framework here, when the Vaadin
 * service starts, before any page can connect.
 */
@Component
class PushReadBuffers implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(PushReadBuffers.class);

    private final int size;

    PushReadBuffers(@Value("${corroborate.push.read-buffer-size:1024}") int size) {
        this.size = size;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return;
        }
        AtmosphereFramework framework = framework(service.getServlet().getServletConfig());
        if (framework == null) {
            LOG.warn("No Atmosphere framework found for the Vaadin servlet: push connections keep Vaadin's buffers");
            return;
        }
        framework.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(size));
    }

    /** The framework Vaadin made for this servlet at start and uses for its push connections. */
    static @Nullable AtmosphereFramework framework(ServletConfig servlet) {
        Object framework = servlet.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        return framework instanceof AtmosphereFramework atmosphere ? atmosphere : null;
    }
}
