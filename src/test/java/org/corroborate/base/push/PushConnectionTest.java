package org.corroborate.base.push;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.apache.catalina.connector.Connector;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.websocket.WebSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * What an open page's push connection holds on the server: small buffers (Tomcat's and Atmosphere's), no compressor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PushConnectionTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void eachPushConnectionKeepsSmallBuffersForTheMessagesPagesNeverSendOverIt() {
        ServerContainer container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());

        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(1024);
        assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(1024);
        assertThat(System.getProperty(PushConnectionMemory.BUFFER_SIZE)).isEqualTo("2048");
    }

    @Test
    void everyConnectionKeepsSmallSocketBuffers() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(connector.getProperty("socket.appReadBufSize")).hasToString("4096");
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("4096");
    }

    @Test
    void eachPushConnectionStartsAtmospheresReadBuffersSmall() {
        AtmosphereFramework framework = Collections.list(servletContext.getAttributeNames()).stream()
                .map(servletContext::getAttribute).filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast).findFirst().orElseThrow();

        // what Atmosphere's WebSocket allocates when a page connects (Vaadin asks for 16 384 of each)
        int[] capacities = new int[2];
        new WebSocket(framework.getAtmosphereConfig()) {
            {
                capacities[0] = bb.capacity();
                capacities[1] = cb.capacity();
            }

            @Override
            public boolean isOpen() {
                return false;
            }

            @Override
            public WebSocket write(String s) {
                return this;
            }

            @Override
            public WebSocket write(byte[] b, int offset, int length) {
                return this;
            }

            @Override
            public void close() {
            }
        };

        assertThat(capacities).containsExactly(1024, 1024);
    }

    @Test
    void theBrowsersOfferOfCompressionIsNotTakenUp() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /VAADIN/push?v-r=push HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String answer = head(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 101");
            assertThat(answer.toLowerCase()).doesNotContain("sec-websocket-extensions");
        }
    }

    /** The status line and headers of the answer. */
    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            read.write(b);
            if (read.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return read.toString(StandardCharsets.US_ASCII);
    }
}
