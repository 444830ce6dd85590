package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.apache.tika.Tika;
import org.corroborate.archive.HttpExchange;
import org.corroborate.ingest.FetchFailedException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a page over HTTP(S) as a careful crawler would. Every address a host name resolves to is checked
 * against the {@link AddressRules} before the connection is made (and the connection goes to those very
 * addresses, so a name cannot resolve to a public address for the check and a private one for the
 * connection), and so is every redirect. No cookie, credential or header of the person asking is ever sent:
 * each fetch is a new client without a cookie store. Connect, read and total timeouts and a size limit cut off
 * slow, endless and huge responses. Nothing is stored here. Plain Java.
 */
public class PageFetcher {

    /** What a page may be: the kinds the readers handle. */
    public static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain",
            "application/pdf");
    /** What a feed may be served as. */
    public static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/xml", "text/xml", "application/rdf+xml", "application/feed+json", "text/html");

    static final String USER_AGENT = "Corroborate/1.0 (newsroom verification; archives the pages it reads)";
    private static final Tika SNIFFER = new Tika();

    private final FetchLimits limits;

    public PageFetcher(FetchLimits limits) {
        this.limits = limits;
    }

    public FetchLimits limits() {
        return limits;
    }

    /**
     * Fetches {@code url}, following redirects, and returns every exchange; the last is a 2xx response whose
     * type is one of {@code accepted}. Throws {@link FetchFailedException} saying why otherwise.
     */
    public Fetched fetch(String url, AddressRules rules, Set<String> accepted) {
        URI target = webAddress(url);
        Guard guard = new Guard(rules);
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        List<HttpExchange> exchanges = new ArrayList<>();
        try (CloseableHttpClient client = client(guard)) {
            for (int hop = 0; ; hop++) {
                guard.checkLiteral(target);
                HttpExchange exchange = exchange(client, target, guard, deadline);
                exchanges.add(exchange);
                int status = exchange.status();
                if (status >= 300 && status < 400 && exchange.responseHeader("Location") != null) {
                    if (hop >= limits.maxRedirects()) {
                        throw new FetchFailedException(Reason.TOO_MANY_REDIRECTS,
                                "More than " + limits.maxRedirects() + " redirects from " + url, limits.maxRedirects());
                    }
                    target = redirect(target, exchange.responseHeader("Location"));
                    continue;
                }
                if (status < 200 || status >= 300) {
                    throw new FetchFailedException(Reason.HTTP_STATUS,
                            target + " answered " + status + " " + exchange.reason(), status, exchange.reason());
                }
                Fetched fetched = new Fetched(exchanges);
                checkType(fetched, accepted);
                return fetched;
            }
        } catch (IOException closing) {
            throw new FetchFailedException(Reason.CONNECTION_FAILED, "The connection failed: " + closing.getMessage(),
                    target.getHost());
        }
    }

    private HttpExchange exchange(CloseableHttpClient client, URI target, Guard guard, long deadline) {
        HttpGet get = new HttpGet(target);
        get.setHeader("User-Agent", USER_AGENT);
        get.setHeader("Accept", "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,"
                + "application/rss+xml,application/atom+xml,application/xml;q=0.8,*/*;q=0.1");
        get.setHeader("Accept-Language", "fr,en;q=0.9,*;q=0.5");
        Instant at = Instant.now();
        try {
            return client.execute(get, response -> read(response, get, target, guard, at, deadline));
        } catch (FetchFailedException failed) {
            throw failed;
        } catch (RefusedAddressException refused) {
            throw new FetchFailedException(Reason.REFUSED_ADDRESS, target.getHost() + " resolves to "
                    + refused.address + ", a private, loopback or link-local address that may not be fetched",
                    target.getHost(), refused.address);
        } catch (UnknownHostException unknown) {
            throw new FetchFailedException(Reason.UNKNOWN_HOST, "No server is known by the name " + target.getHost(),
                    target.getHost());
        } catch (InterruptedIOException slow) { // connect and read timeouts are both
            throw timeout(target);
        } catch (ConnectException | NoRouteToHostException unreachable) {
            throw new FetchFailedException(Reason.CONNECTION_FAILED,
                    "No connection to " + target.getHost() + ": " + unreachable.getMessage(), target.getHost());
        } catch (IOException failed) {
            throw new FetchFailedException(Reason.CONNECTION_FAILED,
                    "The connection to " + target.getHost() + " failed: " + failed.getMessage(), target.getHost());
        }
    }

    private HttpExchange read(ClassicHttpResponse response, HttpGet get, URI target, Guard guard, Instant at,
            long deadline) throws IOException {
        List<HttpExchange.Header> headers = new ArrayList<>();
        for (Header h : response.getHeaders()) {
            headers.add(new HttpExchange.Header(h.getName(), h.getValue()));
        }
        Header length = response.getFirstHeader("Content-Length");
        if (length != null && parseLong(length.getValue()) > limits.maxBytes()) {
            throw tooLarge(target);
        }
        byte[] body = new byte[0];
        HttpEntity entity = response.getEntity();
        if (entity != null) {
            try (InputStream in = entity.getContent()) {
                body = readAtMost(in, target, deadline);
            }
        }
        List<HttpExchange.Header> sent = new ArrayList<>();
        sent.add(new HttpExchange.Header("Host", target.getRawAuthority()));
        for (Header h : get.getHeaders()) {
            sent.add(new HttpExchange.Header(h.getName(), h.getValue()));
        }
        return new HttpExchange(target, at, guard.addressOf(target.getHost()), sent, response.getCode(),
                response.getReasonPhrase() == null ? "" : response.getReasonPhrase(), headers, body);
    }

    private byte[] readAtMost(InputStream in, URI target, long deadline) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > limits.maxBytes()) {
                throw tooLarge(target);
            }
            if (System.nanoTime() > deadline) {
                throw timeout(target);
            }
        }
        return out.toByteArray();
    }

    private void checkType(Fetched fetched, Set<String> accepted) {
        if (fetched.body().length == 0) {
            throw new FetchFailedException(Reason.EMPTY, fetched.finalUrl() + " sent an empty page",
                    fetched.finalUrl().toString());
        }
        String declared = fetched.mediaType();
        String type = declared == null || declared.equals("application/octet-stream")
                ? SNIFFER.detect(fetched.body()) : declared;
        if (!accepted.contains(type)) {
            throw new FetchFailedException(Reason.NOT_TEXT, fetched.finalUrl() + " is " + type
                    + ", not a page, a text or a PDF", type);
        }
    }

    private CloseableHttpClient client(Guard guard) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(guard)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(limits.connectTimeout()))
                                .setSocketTimeout(Timeout.of(limits.readTimeout())).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(limits.readTimeout()))
                        .build())
                // Redirects are followed by hand, so that each is checked; nothing is remembered between fetches.
                .disableRedirectHandling().disableCookieManagement().disableAuthCaching()
                .disableContentCompression().disableAutomaticRetries()
                .build();
    }

    private URI webAddress(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                throw invalid(url);
            }
            return uri;
        } catch (URISyntaxException unparsable) {
            throw invalid(url);
        }
    }

    private URI redirect(URI from, String location) {
        try {
            return webAddress(from.resolve(new URI(location.strip())).toString());
        } catch (URISyntaxException | IllegalArgumentException unparsable) {
            throw invalid(location);
        }
    }

    private static FetchFailedException invalid(@Nullable String url) {
        return new FetchFailedException(Reason.INVALID_ADDRESS, "Not a web address: " + url,
                url == null ? "" : url.strip());
    }

    private FetchFailedException tooLarge(URI target) {
        return new FetchFailedException(Reason.TOO_LARGE, target + " is larger than " + limits.maxSizeLabel(),
                limits.maxSizeLabel());
    }

    private FetchFailedException timeout(URI target) {
        return new FetchFailedException(Reason.TIMEOUT, target.getHost() + " did not answer in time",
                target.getHost(), limits.totalTimeout().toSeconds());
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** A resolved address the rules refuse. */
    static final class RefusedAddressException extends UnknownHostException {

        final String address;

        RefusedAddressException(String host, String address) {
            super(host + " resolves to a refused address " + address);
            this.address = address;
        }
    }

    /**
     * The DNS resolver of one fetch: resolves with the system, refuses the whole name if any of its addresses
     * is refused, and remembers what each host resolved to (the WARC records the server's address).
     */
    private static final class Guard implements DnsResolver {

        private final AddressRules rules;
        private final Map<String, String> resolved = new ConcurrentHashMap<>();

        Guard(AddressRules rules) {
            this.rules = rules;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                String refusal = rules.refusal(address).orElse(null);
                if (refusal != null) {
                    throw new RefusedAddressException(host, refusal);
                }
            }
            resolved.putIfAbsent(host.toLowerCase(Locale.ROOT), addresses[0].getHostAddress());
            return addresses;
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return java.util.Arrays.stream(resolve(host)).map(a -> new InetSocketAddress(a, port)).toList();
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return resolve(host)[0].getCanonicalHostName();
        }

        /** An address written in the URL itself is checked here: no resolver sees it. */
        void checkLiteral(URI target) {
            String host = target.getHost();
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            Network.parse(bare).ifPresent(literal -> {
                try {
                    resolve(bare);
                } catch (RefusedAddressException refused) {
                    throw new FetchFailedException(Reason.REFUSED_ADDRESS, host + " is " + refused.address
                            + ", a private, loopback or link-local address that may not be fetched", host,
                            refused.address);
                } catch (UnknownHostException impossible) {
                    throw new FetchFailedException(Reason.UNKNOWN_HOST, "No server " + host, host);
                }
            });
        }

        @Nullable String addressOf(String host) {
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            return resolved.get(bare.toLowerCase(Locale.ROOT));
        }
    }
}
