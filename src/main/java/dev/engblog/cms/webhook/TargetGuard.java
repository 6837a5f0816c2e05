package dev.engblog.cms.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * SSRF protection: a webhook may only call http(s) URLs on ports 80, 443 or 1024 and above (or ports
 * an operator allowed) whose host resolves to public addresses only. Loopback, private, link-local
 * (cloud metadata at 169.254.169.254), carrier-grade NAT, unique-local, multicast, unspecified,
 * IPv4-compatible ({@code ::/96}), NAT64 ({@code 64:ff9b::/96}, {@code 64:ff9b:1::/48}), 6to4
 * ({@code 2002::/16}) and Teredo ({@code 2001::/32}) addresses are refused, at creation and again
 * before every delivery. The delivery then connects to the very address that was vetted, so a DNS
 * answer that changes between the check and the connection (DNS rebinding) cannot redirect it.
 */
public final class TargetGuard {

    /** The outcome of vetting a URL: why it may not be called, or the address to connect to. */
    public record Vetted(String refusal, URI uri, InetAddress address, int port) {

        static Vetted refused(String why) {
            return new Vetted(why, null, null, 0);
        }
    }

    private TargetGuard() {
    }

    /** Null when the URL may be called with the default ports, otherwise why not. */
    public static String refusal(String url, boolean allowPrivate) {
        return refusal(url, allowPrivate, Set.of());
    }

    /** Null when the URL may be called, otherwise why not. */
    public static String refusal(String url, boolean allowPrivate, Set<Integer> extraPorts) {
        return vet(url, allowPrivate, extraPorts).refusal();
    }

    /** Resolves the host once and checks every address it resolves to. */
    public static Vetted vet(String url, boolean allowPrivate, Set<Integer> extraPorts) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Vetted.refused("not a valid URL");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            return Vetted.refused("only http and https URLs are allowed");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Vetted.refused("needs a host and no credentials");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equals("https") ? 443 : 80;
        if (port != 80 && port != 443 && port < 1024 && !extraPorts.contains(port)) {
            return Vetted.refused("port " + port + " is not allowed (80, 443 and 1024 and above are)");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Vetted.refused("the host does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    return Vetted.refused("the host resolves to a non-public address (" + address.getHostAddress() + ")");
                }
            }
        }
        return new Vetted(null, uri, addresses[0], port);
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    || first >= 240);
        }
        if (a instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean ipv4Compatible = startsWithZeros(b, 12);
            boolean nat64 = b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                    && (startsWithZeros(b, 8, 4) || (b[4] == 0x00 && b[5] == 0x01));
            boolean sixToFour = b[0] == 0x20 && b[1] == 0x02;
            boolean teredo = b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00;
            return !(uniqueLocal || ipv4Compatible || nat64 || sixToFour || teredo);
        }
        return true;
    }

    private static boolean startsWithZeros(byte[] b, int count) {
        return startsWithZeros(b, count, 0);
    }

    /** Whether bytes [from, from + count) are all zero. */
    private static boolean startsWithZeros(byte[] b, int count, int from) {
        for (int i = from; i < from + count; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
