package org.corroborate.ingest;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A web site on 127.0.0.1 for one test: pages are added by path with their type, status and headers; every
 * request that arrives is kept (path and headers), so a test can say what was, and was not, asked for.
 */
public final class LocalSite implements AutoCloseable {

    /** A request as the site received it. */
    public record Request(String host, String path, Headers headers) {
    }

    private record Page(int status, Map<String, String> headers, byte[] body, long delayMillis) {
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::serve);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** http://{host}:{port}{path}; the host is a ".test" name or 127.0.0.1. */
    public String url(String host, String path) {
        return "http://" + host + ":" + port() + path;
    }

    public LocalSite page(String path, String contentType, String body) {
        return page(path, 200, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public LocalSite page(String path, int status, String contentType, byte[] body) {
        pages.put(path, new Page(status, contentType == null ? Map.of() : Map.of("Content-Type", contentType), body, 0));
        return this;
    }

    public LocalSite redirect(String path, String location) {
        pages.put(path, new Page(302, Map.of("Location", location), new byte[0], 0));
        return this;
    }

    /** A page that starts answering only after {@code delayMillis}: a server too slow to wait for. */
    public LocalSite slow(String path, long delayMillis) {
        pages.put(path, new Page(200, Map.of("Content-Type", "text/html"), "<p>late</p>".getBytes(), delayMillis));
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long requestsFor(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        requests.add(new Request(exchange.getRequestHeaders().getFirst("Host"), path, exchange.getRequestHeaders()));
        Page page = pages.get(path);
        try (exchange) {
            if (page == null) {
                byte[] body = "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            if (page.delayMillis() > 0) {
                try {
                    Thread.sleep(page.delayMillis()); // the server being slow, not the test waiting
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            page.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
            if (page.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page.body());
                }
            }
        } catch (IOException clientGone) {
            // The fetcher hung up (too large, too slow): nothing more to send.
        }
    }

    /** A page of {@code bytes} bytes sent in chunks, with no length announced. */
    public LocalSite endless(String path, int bytes) {
        server.createContext(path, exchange -> {
            requests.add(new Request(exchange.getRequestHeaders().getFirst("Host"), path, exchange.getRequestHeaders()));
            try (exchange) {
                exchange.getResponseHeaders().add("Content-Type", "text/html");
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = "<p>again and again and again</p>\n".repeat(512).getBytes(StandardCharsets.UTF_8);
                OutputStream out = exchange.getResponseBody();
                for (int sent = 0; sent < bytes; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException clientGone) {
                // expected: the fetcher stops reading at its limit
            }
        });
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
