package org.sheltergis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    private static MockHttpServletRequest request(String peer, String forwarded) {
        var r = new MockHttpServletRequest();
        r.setRemoteAddr(peer);
        if (forwarded != null) {
            r.addHeader("X-Forwarded-For", forwarded);
        }
        return r;
    }

    @Test
    void ignoresTheHeaderFromAnUntrustedPeer() {
        var clients = new ClientAddress(List.of("10.0.0.0/8"));
        assertThat(clients.of(request("198.51.100.7", "1.2.3.4"))).isEqualTo("198.51.100.7");
    }

    @Test
    void takesTheRightMostUntrustedHopBehindTrustedProxies() {
        var clients = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.5"));
        assertThat(clients.of(request("10.1.2.3", "6.6.6.6, 198.51.100.9, 192.168.1.5")))
                .isEqualTo("198.51.100.9");
        assertThat(clients.of(request("10.1.2.3", null))).isEqualTo("10.1.2.3");
    }

    @Test
    void neverLooksUpNames() {
        var clients = new ClientAddress(List.of("127.0.0.1"));
        assertThat(clients.of(request("127.0.0.1", "example.org"))).isEqualTo("example.org");
        assertThat(new ClientAddress.Cidr(new byte[] {10, 0, 0, 0}, 8).contains("example.org"))
                .isFalse();
    }
}
