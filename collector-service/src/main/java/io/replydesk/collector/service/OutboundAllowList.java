package io.replydesk.collector.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Internal hosts an operator lets the collector reach although private addresses are refused: an intranet feed
 * or an in-cluster webhook receiver should not force opening the whole private range. Entries are exact host
 * names, {@code *.suffix} name patterns, or CIDR ranges ({@code 10.20.0.0/16}, {@code fd12::/64}).
 */
final class OutboundAllowList {

    private final List<String> names;
    private final List<Cidr> ranges;

    OutboundAllowList(List<String> entries) {
        this.names = entries.stream().map(String::trim).filter(e -> !e.isEmpty() && !e.contains("/"))
                .map(e -> e.toLowerCase(Locale.ROOT)).toList();
        this.ranges = entries.stream().map(String::trim).filter(e -> e.contains("/")).map(Cidr::parse).toList();
    }

    static OutboundAllowList none() {
        return new OutboundAllowList(List.of());
    }

    boolean allowsName(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        for (String allowed : names) {
            if (allowed.startsWith("*.") ? name.endsWith(allowed.substring(1)) : name.equals(allowed)) {
                return true;
            }
        }
        return false;
    }

    boolean allowsAddress(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    private record Cidr(byte[] network, int prefix) {

        static Cidr parse(String entry) {
            String[] parts = entry.split("/", 2);
            try {
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                int prefix = Integer.parseInt(parts[1]);
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("allowed range " + entry + " has a prefix out of range");
                }
                return new Cidr(network, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("allowed range " + entry + " is not a CIDR range (a.b.c.d/n)", e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }
}
