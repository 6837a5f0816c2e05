package dev.engblog.cms.common.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The caller's network address, the key of per-client rate limits. Forwarding headers are believed
 * only from peers in CMS_TRUSTED_PROXIES (CIDR list, empty by default): then the client is the
 * right-most hop of {@code Forwarded} (or, without it, {@code X-Forwarded-For}) that is not itself a
 * trusted proxy, so a client cannot choose its own address by sending the header. IPv6 clients are
 * keyed by their /64, the block one subscriber line usually gets.
 */
@ApplicationScoped
public class ClientAddress {

    private final List<Cidr> trusted;

    public ClientAddress(@ConfigProperty(name = "cms.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.trusted = trustedProxies.orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).map(Cidr::parse).toList();
    }

    /** The rate-limit key of the request's client. */
    public String of(HttpServerRequest request) {
        InetAddress peer = request.remoteAddress() == null ? null : parse(request.remoteAddress().hostAddress());
        if (peer == null) {
            return "unknown";
        }
        InetAddress client = peer;
        if (isTrusted(peer)) {
            List<InetAddress> hops = hops(request);
            for (int i = hops.size() - 1; i >= 0; i--) {
                client = hops.get(i);
                if (!isTrusted(client)) {
                    break;
                }
            }
        }
        return key(client);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(c -> c.contains(address));
    }

    /** The addresses the proxies appended, left (first) to right (nearest); unparsable hops end the chain. */
    private static List<InetAddress> hops(HttpServerRequest request) {
        List<InetAddress> hops = new ArrayList<>();
        List<String> forwarded = request.headers().getAll("Forwarded");
        if (!forwarded.isEmpty()) {
            for (String header : forwarded) {
                for (String element : header.split(",")) {
                    for (String pair : element.split(";")) {
                        String[] kv = pair.strip().split("=", 2);
                        if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("for")) {
                            hops.add(parseForwardedNode(kv[1].strip()));
                        }
                    }
                }
            }
        } else {
            for (String header : request.headers().getAll("X-Forwarded-For")) {
                for (String hop : header.split(",")) {
                    hops.add(parse(hop.strip()));
                }
            }
        }
        // A hop we cannot read means the chain cannot be trusted beyond it: keep only what follows it.
        int lastBad = hops.lastIndexOf(null);
        return lastBad < 0 ? hops : hops.subList(lastBad + 1, hops.size());
    }

    /** RFC 7239 node: {@code 192.0.2.1}, {@code "192.0.2.1:80"}, {@code "[2001:db8::1]:80"}; obfuscated names are unreadable. */
    private static InetAddress parseForwardedNode(String node) {
        String value = node.startsWith("\"") && node.endsWith("\"") && node.length() > 1 ? node.substring(1, node.length() - 1) : node;
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end < 0 ? null : parse(value.substring(1, end));
        }
        int colon = value.indexOf(':');
        return parse(colon >= 0 && value.indexOf(':', colon + 1) < 0 ? value.substring(0, colon) : value);
    }

    /** A literal IPv4 or IPv6 address, never a name lookup; null when it is not one. */
    static InetAddress parse(String literal) {
        if (literal == null || literal.isEmpty() || !literal.matches("[0-9A-Fa-f:.%]+") || !(literal.contains(".") || literal.contains(":"))) {
            return null;
        }
        try {
            return InetAddress.getByName(literal.contains("%") ? literal.substring(0, literal.indexOf('%')) : literal);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** IPv4 as is; IPv6 by its /64. */
    static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString().toLowerCase(Locale.ROOT);
        }
        return address.getHostAddress();
    }

    /** An address block such as {@code 10.0.0.0/8} or {@code fd00::/8}; a bare address is a block of one. */
    record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = ClientAddress.parse(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("CMS_TRUSTED_PROXIES: '" + text + "' is not an address or CIDR block");
            }
            int max = address.getAddress().length * 8;
            int bits;
            try {
                bits = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("CMS_TRUSTED_PROXIES: '" + text + "' has no valid prefix length");
            }
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException("CMS_TRUSTED_PROXIES: '" + text + "' has a prefix longer than the address");
            }
            return new Cidr(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((a[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
