package org.corroborate.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** A block of addresses in CIDR notation ("10.20.0.0/16", "fd00::/8", "127.0.0.1" for one address). Plain Java. */
public record Network(byte[] base, int prefix) {

    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    /** The network written as {@code cidr}; empty when it is not an address or a CIDR block. */
    public static Optional<Network> parse(String cidr) {
        String text = cidr == null ? "" : cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (!LITERAL.matcher(address).matches() || !address.contains(".") && !address.contains(":")) {
            return Optional.empty(); // never a host name: parsing one would look it up
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int bits = bytes.length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            return prefix < 0 || prefix > bits ? Optional.empty() : Optional.of(new Network(bytes, prefix));
        } catch (UnknownHostException | NumberFormatException notANetwork) {
            return Optional.empty();
        }
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != base.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != base[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (bytes[full] & mask) == (base[full] & mask);
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(base).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Network n && n.prefix == prefix && java.util.Arrays.equals(n.base, base);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(base) * 31 + prefix;
    }
}
