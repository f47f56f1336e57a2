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
 * addresses unless configuration allows them. Checked when a URL is saved, again before every request, and once
 * more when {@link OutboundHttp} opens a connection: {@link #connectableAddresses} is the only source of the
 * addresses it connects to, so a DNS answer that changes after a check (rebinding) cannot take it inside. The
 * typed platform clients resolve names themselves and are not pinned this way.
 */
@ApplicationScoped
public class OutboundUrlGuard {

    private static final String ALLOW_LIST_VARIABLE = "REPLYDESK_COLLECTOR_OUTBOUND_ALLOWED_INTERNAL_HOSTS";

    private final boolean allowPrivate;
    private final OutboundAllowList allowList;
    private final HostLookup lookup;

    @Inject
    public OutboundUrlGuard(CollectorConfig config) {
        this(config.outbound().allowPrivateAddresses(),
                new OutboundAllowList(config.outbound().allowedInternalHosts().orElse(List.of())), HostLookup.SYSTEM);
    }

    OutboundUrlGuard(boolean allowPrivate) {
        this(allowPrivate, OutboundAllowList.none());
    }

    OutboundUrlGuard(boolean allowPrivate, OutboundAllowList allowList) {
        this(allowPrivate, allowList, HostLookup.SYSTEM);
    }

    OutboundUrlGuard(boolean allowPrivate, OutboundAllowList allowList, HostLookup lookup) {
        this.allowPrivate = allowPrivate;
        this.allowList = allowList;
        this.lookup = lookup;
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
        if (refusesInternal(uri.getHost())) {
            refuseInternalName(uri.getHost());
            InetAddress[] addresses;
            try {
                addresses = resolve(uri.getHost());
            } catch (UnknownHostException e) {
                throw new UnsafeUrlException("host " + uri.getHost() + " cannot be resolved");
            }
            refuseInternalAddresses(uri.getHost(), addresses);
        }
        return uri;
    }

    /**
     * The addresses a connection to {@code host} may use: resolved once and each checked as {@link #check} checks
     * them, so the connection goes exactly where the check looked, whatever the name resolves to a moment later.
     *
     * @throws UnsafeUrlException when the name, or any address it resolves to now, is internal and not allowed
     * @throws UnknownHostException when the name does not resolve (a network failure, not a refusal)
     */
    InetAddress[] connectableAddresses(String host) throws UnknownHostException {
        boolean refuses = refusesInternal(host);
        if (refuses) {
            refuseInternalName(host);
        }
        InetAddress[] addresses = resolve(host);
        if (refuses) {
            refuseInternalAddresses(host, addresses);
        }
        return addresses;
    }

    private boolean refusesInternal(String host) {
        return !allowPrivate && !allowList.allowsName(host);
    }

    private static void refuseInternalName(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (ambiguousNumber(name)) {
            throw new UnsafeUrlException("host " + host + " is an IP address in a non-standard form; "
                    + "write it as four decimal numbers (a.b.c.d)");
        }
        if (clusterInternal(name)) {
            throw new UnsafeUrlException("host " + host + " is an internal address (a local or cluster "
                    + "name); list it in " + ALLOW_LIST_VARIABLE + " to allow it");
        }
    }

    private void refuseInternalAddresses(String host, InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            if (internal(address) && !allowList.allowsAddress(address)) {
                throw new UnsafeUrlException("host " + host + " resolves to an internal address ("
                        + address.getHostAddress() + "); list the host or its range in " + ALLOW_LIST_VARIABLE
                        + " to allow it");
            }
        }
    }

    private InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = lookup.addresses(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        return addresses;
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
