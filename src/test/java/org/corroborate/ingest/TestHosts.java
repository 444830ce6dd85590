package org.corroborate.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Tests' own host names: every name under ".test" (a top-level domain reserved for tests, RFC 2606) resolves
 * to 127.0.0.1, where the test's HTTP server listens; other names go to the system's resolver. So pages can be
 * served from "wire.test" and "news.test" without any network, and the fetcher's address check still sees a
 * loopback address (refused unless the test allows it).
 */
public class TestHosts extends InetAddressResolverProvider {

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver system = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                if (host.toLowerCase(Locale.ROOT).endsWith(".test")) {
                    return Stream.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
                }
                return system.lookupByName(host, policy);
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return system.lookupByAddress(address);
            }
        };
    }

    @Override
    public String name() {
        return "corroborate-test-hosts";
    }
}
