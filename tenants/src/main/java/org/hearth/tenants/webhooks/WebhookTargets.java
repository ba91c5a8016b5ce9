package org.hearth.tenants.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * Where the platform agrees to send webhooks. A webhook URL is chosen by a tenant and fetched
 * by the platform, from inside the operator's network: without this check a tenant could make
 * the platform call its own database, a cloud metadata service or an admin port (server-side
 * request forgery).
 *
 * <p>Unless private targets are allowed (development and tests only), a target must be
 * {@code https}, carry no user information, and its host must resolve only to public
 * addresses: not loopback, private (RFC 1918, IPv6 unique-local), link-local (which includes
 * 169.254.169.254), carrier-grade NAT, multicast, "this network", unspecified, NAT64 or
 * IPv4-compatible IPv6. The check runs at registration and again before every attempt, because
 * DNS answers change. Between this check and the connection the JVM's own DNS cache (30 s for a
 * successful lookup by default) answers, which narrows DNS rebinding to a change made within
 * that window; an operator who needs more puts an egress proxy in front of webhooks.
 */
final class WebhookTargets {

    private final boolean privateAllowed;

    WebhookTargets(boolean privateAllowed) {
        this.privateAllowed = privateAllowed;
    }

    /** The URL as a URI when the platform may call it; 422 {@code validation_failed} saying why not. */
    URI check(String url) {
        URI uri = parse(url);
        if (privateAllowed) {
            return uri;
        }
        if (!"https".equals(uri.getScheme())) {
            throw refused("a webhook URL must use https.");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw refused("the host " + uri.getHost() + " does not resolve.");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw refused("the host " + uri.getHost() + " resolves to a non-public address (" + address.getHostAddress() + ").");
            }
        }
        return uri;
    }

    private static URI parse(String url) {
        if (url == null || url.length() > 2000) {
            throw refused("url must be an http(s) URL of at most 2000 characters.");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http"))) {
                throw refused("url must be an absolute http(s) URL with a host.");
            }
            // java.net.URI has no host for some of these (0x7f.1, 127.1): read it from the authority
            String host = uri.getHost() != null ? uri.getHost() : hostOf(uri.getRawAuthority());
            if (host != null && endsInANumber(host) && !CANONICAL_IPV4.matcher(host).matches()) {
                throw refused("a numeric host must be written as four decimal numbers (a.b.c.d).");
            }
            if (uri.getHost() == null) {
                throw refused("url must be an absolute http(s) URL with a host.");
            }
            if (uri.getRawUserInfo() != null) {
                throw refused("url must not carry a user name or password.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refused("url is not a valid URL.");
        }
    }

    private static final java.util.regex.Pattern CANONICAL_IPV4 = java.util.regex.Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

    /**
     * Whether a URL parser reads the host as an IPv4 address (the WHATWG URL standard's "ends in
     * a number": its last label is decimal or 0x-hexadecimal). Such a host may be written in
     * octal (0177.0.0.1), hexadecimal (0x7f.1), as one integer (2130706433) or shortened (127.1),
     * and parsers disagree on what those mean (Java reads 0177 as 177, a browser or libc as 127):
     * only the canonical a.b.c.d is accepted, so that the address checked is the one called.
     */
    static boolean endsInANumber(String host) {
        if (host.startsWith("[")) {
            return false;
        }
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String last = trimmed.substring(trimmed.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return last.matches("[0-9]+|0x[0-9a-f]*");
    }

    /** The host part of a raw authority ({@code user@host:port}), or null. */
    private static String hostOf(String authority) {
        if (authority == null) {
            return null;
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = host.lastIndexOf(':');
        return colon >= 0 && !host.startsWith("[") ? host.substring(0, colon) : host;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            boolean thisNetwork = first == 0;
            boolean carrierNat = first == 100 && second >= 64 && second <= 127;
            boolean benchmarking = first == 198 && (second == 18 || second == 19);
            boolean reserved = first >= 240;
            return !(thisNetwork || carrierNat || benchmarking || reserved);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean mappedV4 = isMappedV4(b);
            if (mappedV4) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
            boolean compatibleV4 = isZero(b, 0, 12);
            boolean documentation = (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
            // NAT64 (64:ff9b::/96) and IPv4-compatible (::a.b.c.d) addresses can reach IPv4 ranges: refuse them outright.
            return !(uniqueLocal || nat64 || compatibleV4 || documentation);
        }
        return false;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    private static HearthException refused(String why) {
        return new HearthException(ErrorCode.VALIDATION_FAILED, "This webhook URL cannot be used: " + why);
    }
}
