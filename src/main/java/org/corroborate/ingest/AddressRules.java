package org.corroborate.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which server addresses a fetch may connect to (server-side request forgery): public ones only, unless an
 * admin allowed a network of the intranet. Refused by default: loopback, private (10/8, 172.16/12,
 * 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata service, fe80::/10), carrier-grade NAT
 * (100.64/10), "this network" (0/8), multicast, broadcast and reserved blocks, and the same addresses hidden
 * in IPv6 (IPv4-mapped, NAT64, 6to4). Plain Java.
 */
public record AddressRules(List<Network> allowed) {

    private static final List<Network> REFUSED = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
            "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128",
            "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8", "2001:db8::/32").stream()
            .map(n -> Network.parse(n).orElseThrow()).toList();

    /** The default: public addresses only. */
    public static final AddressRules PUBLIC_ONLY = new AddressRules(List.of());

    public AddressRules {
        allowed = List.copyOf(allowed);
    }

    /** Why the address may not be fetched from, or empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        if (allowed.stream().anyMatch(n -> n.contains(address))) {
            return Optional.empty();
        }
        InetAddress effective = embeddedIpv4(address).orElse(address);
        if (effective != address && allowed.stream().anyMatch(n -> n.contains(effective))) {
            return Optional.empty();
        }
        if (effective.isAnyLocalAddress() || effective.isLoopbackAddress() || effective.isLinkLocalAddress()
                || effective.isSiteLocalAddress() || effective.isMulticastAddress()
                || REFUSED.stream().anyMatch(n -> n.contains(effective))) {
            return Optional.of(effective.getHostAddress());
        }
        return Optional.empty();
    }

    /** The IPv4 address an IPv6 one stands for: ::ffff:a.b.c.d, 64:ff9b::a.b.c.d (NAT64), 2002:AABB:CCDD:: (6to4). */
    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        boolean mapped = allZero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = allZero(b, 0, 12) && !allZero(b, 12, 16);
        boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF
                && (b[3] & 0xFF) == 0x9B && allZero(b, 4, 12);
        try {
            if (mapped || compatible || nat64) {
                return Optional.of(Inet4Address.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
            }
            if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
                return Optional.of(Inet4Address.getByAddress(java.util.Arrays.copyOfRange(b, 2, 6)));
            }
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
