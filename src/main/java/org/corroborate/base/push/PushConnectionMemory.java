package org.corroborate.base.push;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Sizes the buffers Tomcat keeps for each open WebSocket, which Vaadin's push holds open for every open page: by
 * default an 8 KB read buffer, an 8 KB output buffer, an 8 192-character encoder buffer and an 8 KB buffer for
 * compressed frames, for as long as the page is open. Pages only receive over this connection
 * ({@code WEBSOCKET_XHR}: the browser sends over plain requests), and a message larger than these buffers is sent
 * in several frames, so smaller ones cost nothing but a few more frames for a large message (docs/benchmarks.md,
 * "Retained heap per open story UI"; DD019). The buffers for whole incoming messages are set beside, in
 * application.properties ({@code server.servlet.context-parameters}).
 *
 * <p>Tomcat reads this size as a system property once, when its WebSocket classes load, so it is set here, before
 * anything starts; a value given on the command line ({@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE})
 * wins.
 */
public class PushConnectionMemory implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (System.getProperty(BUFFER_SIZE) == null) {
            System.setProperty(BUFFER_SIZE, event.getEnvironment().getProperty("corroborate.push.buffer-size", "2048"));
        }
    }
}
