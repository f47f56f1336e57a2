package io.replydesk.collector.service;

import io.replydesk.collector.config.CollectorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses outbound URLs that would let a user make the collector reach inside the network (SSRF): non-HTTP
 * schemes, credentials in the URL, and hosts resolving to loopback, link-local, private or other internal
 * addresses unless configuration allows them. Checked when a URL is saved and again before every request, so
 * a DNS change cannot slip past.
 */
@ApplicationScoped
public class OutboundUrlGuard {

    private static final String ALLOW_LIST_VARIABLE = "REPLYDESK_COLLECTOR_OUTBOUND_ALLOWED_INTERNAL_HOSTS";

    private final boolean allowPrivate;
    private final OutboundAllowList allowList;

    @Inject
    public OutboundUrlGuard(CollectorConfig config) {
        this(config.outbound().allowPrivateAddresses(),
                new OutboundAllowList(config.outbound().allowedInternalHosts().orElse(List.of())));
    }

    OutboundUrlGuard(boolean allowPrivate) {
        this(allowPrivate, OutboundAllowList.none());
    }

    OutboundUrlGuard(boolean allowPrivate, OutboundAllowList allowList) {
        this.allowPrivate = allowPrivate;
        this.allowList = allowList;
    }

    /** @throws UnsafeUrlException naming what is wrong with the URL */
    public URI check(String url) {
        if (url == null || url.isBlank()) {
            throw new UnsafeUrlException("URL is missing");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (java.net.URISyntaxException e) {
            throw new UnsafeUrlException("not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UnsafeUrlException("only http and https URLs are allowed, not '" + scheme + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new UnsafeUrlException("URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new UnsafeUrlException("URL must not contain credentials; use a named credential instead");
        }
        if (!allowPrivate && !allowList.allowsName(uri.getHost())) {
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (ambiguousNumber(host)) {
                throw new UnsafeUrlException("host " + uri.getHost() + " is an IP address in a non-standard form; "
                        + "write it as four decimal numbers (a.b.c.d)");
            }
            if (clusterInternal(host)) {
                throw new UnsafeUrlException("host " + uri.getHost() + " is an internal address (a local or cluster "
                        + "name); list it in " + ALLOW_LIST_VARIABLE + " to allow it");
            }
            for (InetAddress address : resolve(uri.getHost())) {
                if (internal(address) && !allowList.allowsAddress(address)) {
                    throw new UnsafeUrlException("host " + uri.getHost() + " resolves to an internal address ("
                            + address.getHostAddress() + "); list the host or its range in " + ALLOW_LIST_VARIABLE
                            + " to allow it");
                }
            }
        }
        return uri;
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new UnsafeUrlException("host " + host + " cannot be resolved");
        }
    }

    /**
     * Decimal (2130706433), octal (0177.0.0.1), hexadecimal (0x7f.1) and short (127.1) IPv4 forms: resolvers
     * disagree on them, so the address we check might not be the one another client connects to.
     */
    static boolean ambiguousNumber(String host) {
        if (!host.matches("[0-9a-fx.]+") || !host.matches(".*[0-9].*") || host.matches(".*[g-wyz].*")) {
            return false;
        }
        if (!host.matches("[0-9.]+")) {
            return host.matches("(0x[0-9a-f]*\\.?)+|([0-9]+\\.)*0x.*");
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return true;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 1 && part.startsWith("0") || Integer.parseInt(part) > 255) {
                return true;
            }
        }
        return false;
    }

    /** Names that only mean something inside a host or a cluster, whatever a resolver here says of them. */
    static boolean clusterInternal(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local")
                || name.endsWith(".svc") || name.endsWith(".cluster.local") || name.endsWith(".internal")
                || name.equals("kubernetes") || name.equals("metadata");
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT, often cluster-internal
                || first == 0 || first >= 240;
    }

    /** A URL the collector will not call. */
    public static class UnsafeUrlException extends IllegalArgumentException {
        public UnsafeUrlException(String message) {
            super(message);
        }
    }
}
