package org.corroborate.base.push;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Sizes the read and write buffers Tomcat gives every open connection (8 KB each by default): each open page keeps
 * one connection for its push (and its browser a few more for a while after its last request), so with hundreds of
 * editors these buffers are a large part of what a page costs the server, 16 KB per connection. Tomcat's own guide
 * advises smaller ones "for an extreme amount of keep alive connections". What they cost: a large request or answer
 * goes through in more, smaller reads and writes (4 KB at a time instead of 8 KB); pushes and most answers are
 * smaller than that (docs/benchmarks.md, "Memory per UI, sixth shift"; DD025). {@code corroborate.socket.buffer-size}
 * sets both.
 */
@Component
class SocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int size;

    SocketBuffers(@Value("${corroborate.socket.buffer-size:4096}") int size) {
        this.size = size;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(size));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(size));
        });
    }
}
