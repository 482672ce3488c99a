package vn.edu.taphuan.security.control;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {
    static final Set<String> NGINX_HERE = ClientAddress.parse(" 127.0.0.1 , 10.0.0.5");

    @Test
    void whenNoProxyIsTrustedThenTheHeaderIsIgnored() {
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", "198.51.100.1", Set.of()));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "198.51.100.1", ClientAddress.parse("")));
    }

    @Test
    void whenTheTrustedBalancerSaysHttpsThenTheRequestCameOverTls() {
        assertEquals(true, ClientAddress.overTls("127.0.0.1", "https", NGINX_HERE));
        assertEquals(true, ClientAddress.overTls("127.0.0.1", "HTTPS, http", NGINX_HERE));
        assertEquals(false, ClientAddress.overTls("127.0.0.1", "http", NGINX_HERE));
        assertEquals(false, ClientAddress.overTls("127.0.0.1", null, NGINX_HERE));
    }

    @Test
    void whenAnyoneElseSaysHttpsThenItIsIgnored() {
        assertEquals(false, ClientAddress.overTls("203.0.113.7", "https", NGINX_HERE));
    }

    @Test
    void whenTheTrustedBalancerForwardsThenTheClientItSawIsUsed() {
        assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", "198.51.100.1", NGINX_HERE));
    }

    @Test
    void whenAClientWritesTheHeaderItselfThenItsClaimIsSkipped() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; nginx appended the address it really saw
        assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", "1.2.3.4, 198.51.100.1", NGINX_HERE));
    }

    @Test
    void whenTwoTrustedProxiesAreChainedThenBothAreSkipped() {
        assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", "198.51.100.1, 10.0.0.5", NGINX_HERE));
    }

    @Test
    void whenAnUntrustedPeerSendsTheHeaderThenItIsIgnored() {
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", "127.0.0.1", NGINX_HERE));
    }

    @Test
    void whenTheTrustedPeerSendsNoHeaderThenThePeerIsUsed() {
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", null, NGINX_HERE));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", " ", NGINX_HERE));
    }
}
