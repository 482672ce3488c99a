package vn.edu.taphuan.security.control;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers every answer of the application carries, pages and API alike:
 * <ul>
 * <li>{@code Date} — HTTP/1.1 (RFC 9110 §6.6.1) requires it from a server with a clock, and xAPI clients compare
 * {@code X-Experience-API-Consistent-Through} against it; Payara Micro sends none by itself;</li>
 * <li>a {@code Content-Security-Policy} that allows only our own scripts, styles and pictures (the pages carry no
 * inline script or style: keep it so), no framing, forms posting only to us;</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (a lesson's outbound link does
 * not tell the other site which page or course it came from);</li>
 * <li>{@code Cache-Control: no-store} on {@code /api} and {@code /xapi} answers, which carry names and learning
 * records; a resource that sets its own {@code Cache-Control} (course content, pictures) replaces it, because
 * Jersey replaces a header already set on the servlet response.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setDateHeader("Date", System.currentTimeMillis());
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/xapi/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
