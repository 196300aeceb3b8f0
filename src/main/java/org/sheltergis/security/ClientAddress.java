package org.sheltergis.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Who is asking, for rate limits, login throttling and the audit log. The socket's peer, unless that peer is a trusted
 * reverse proxy ({@code shelter.security.trusted-proxies}): then the right-most X-Forwarded-For hop that is not itself
 * a trusted proxy. The same setting decides whether X-Forwarded-Proto/Host/Port/Prefix are believed
 * ({@code security.ForwardedHeaders}). The peer and the header are read from the unwrapped request, so no wrapper
 * (and no client) can pick the answer.
 */
public class ClientAddress {

    private final List<Cidr> trusted;

    public ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(Cidr::parse).toList();
    }

    /** Whether the request came straight from a trusted proxy (so its forwarded headers may be believed). */
    public boolean fromTrustedProxy(HttpServletRequest request) {
        return isTrusted(unwrap(request).getRemoteAddr());
    }

    public String of(HttpServletRequest request) {
        ServletRequest inner = unwrap(request);
        String peer = inner.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        // From the unwrapped request too: the framework's filter hides the forwarded headers once applied.
        String header = inner instanceof HttpServletRequest http ? http.getHeader("X-Forwarded-For") : null;
        if (header == null || header.isBlank()) {
            return peer;
        }
        String[] hops = header.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0].trim();
    }

    private static ServletRequest unwrap(ServletRequest request) {
        ServletRequest inner = request;
        while (inner instanceof ServletRequestWrapper w) {
            inner = w.getRequest();
        }
        return inner;
    }

    private boolean isTrusted(String address) {
        return trusted.stream().anyMatch(c -> c.contains(address));
    }

    /** An address block; an address without a prefix length is a block of one. */
    record Cidr(byte[] network, int bits) {
        static Cidr parse(String text) {
            String[] parts = text.trim().split("/");
            byte[] addr = literal(parts[0]);
            if (addr == null) {
                throw new IllegalArgumentException("shelter.security.trusted-proxies: not an IP address: " + text);
            }
            int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : addr.length * 8;
            return new Cidr(addr, bits);
        }

        boolean contains(String address) {
            byte[] a = literal(address);
            if (a == null || a.length != network.length) {
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

        /** The bytes of an IP literal, or null: never a DNS lookup (the header is client text). */
        private static byte[] literal(String s) {
            boolean v4 = s != null && s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
            boolean v6 = s != null && s.contains(":") && s.matches("[0-9a-fA-F:.]+");
            if (!v4 && !v6) {
                return null;
            }
            try {
                return InetAddress.getByName(s).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
