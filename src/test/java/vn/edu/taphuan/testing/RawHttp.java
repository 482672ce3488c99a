package vn.edu.taphuan.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * HTTP/1.1 written by hand over a socket bound to a chosen loopback address: the service sees the request come
 * from that address, as it would from a proxy in front of it (the JDK's client cannot choose its local address).
 */
public final class RawHttp {
    private RawHttp() {
    }

    /** The demo admin's form sign-in from {@code from}, claiming {@code X-Forwarded-Proto}; its session Set-Cookie line. */
    public static String signIn(URL base, String from, String forwardedProto) throws IOException {
        String head = signInHead(base, from, "X-Forwarded-Proto: " + forwardedProto + "\r\n");
        return head.lines().filter(l -> l.toLowerCase().startsWith("set-cookie: taphuan_session=")).collect(Collectors.joining("\n"));
    }

    /** The Location of a form sign-in whose Host header names another site. */
    public static String signInLocation(URL base) throws IOException {
        String head = signInHead(base, "127.0.0.1", "");
        return head.lines().filter(l -> l.toLowerCase().startsWith("location:")).map(l -> l.substring(9).strip())
                .findFirst().orElse("");
    }

    /** The status of a GET from {@code from}, as forwarded for {@code client} (or not), with an optional Authorization value. */
    public static int get(URL base, String path, String from, String client, String authorization) throws IOException {
        String request = "GET " + base.getPath() + path + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + (client == null ? "" : "X-Forwarded-For: " + client + "\r\n")
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort(), InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String status = head(socket.getInputStream()).lines().findFirst().orElse("");
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    private static String signInHead(URL base, String from, String extra) throws IOException {
        String body = "username=" + Service.ADMIN + "&password=" + Service.DEMO_PASSWORD;
        String request = "POST " + base.getPath() + "api/auth/login HTTP/1.1\r\n"
                + "Host: evil.example\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                + extra
                + "Connection: close\r\n\r\n" + body;
        try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort(), InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return head(socket.getInputStream());
        }
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            bytes.write(b);
            String text = bytes.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
