package vn.edu.taphuan.security.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionCookieTest {

    @Test
    void whenOverTlsThenSecureIsAddedAndSameSiteLeftToTheListener() {
        String payara = "TAPHUAN_SESSION=abc; Path=/; HttpOnly; SameSite=Strict; SameSite=Strict";
        assertEquals("TAPHUAN_SESSION=abc; Path=/; HttpOnly; Secure", SessionCookie.rewrite(payara, true));
    }

    @Test
    void whenPlainHttpThenNoSecureButStillHttpOnly() {
        assertEquals("TAPHUAN_SESSION=abc; Path=/; HttpOnly", SessionCookie.rewrite("TAPHUAN_SESSION=abc; Path=/", false));
    }

    @Test
    void whenAlreadySecureThenKeptOnce() {
        assertEquals("TAPHUAN_SESSION=abc; Secure; HttpOnly", SessionCookie.rewrite("TAPHUAN_SESSION=abc; Secure; HttpOnly", true));
    }
}
