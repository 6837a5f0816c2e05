package dev.engblog.cms.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * SSRF protection: a webhook may only call http(s) URLs whose host resolves to public addresses.
 * Loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, unique-local,
 * multicast and unspecified addresses are refused, at creation and again before every delivery
 * (DNS can change in between).
 */
public final class TargetGuard {

    private TargetGuard() {
    }

    /** Null when the URL may be called, otherwise why not. */
    public static String refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "not a valid URL";
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            return "only http and https URLs are allowed";
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return "needs a host and no credentials";
        }
        if (allowPrivate) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(address)) {
                    return "the host resolves to a non-public address (" + address.getHostAddress() + ")";
                }
            }
        } catch (UnknownHostException e) {
            return "the host does not resolve";
        }
        return null;
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
            return (b[0] & 0xfe) != 0xfc;
        }
        return true;
    }
}
