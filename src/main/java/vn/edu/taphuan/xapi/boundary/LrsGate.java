package vn.edu.taphuan.xapi.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import vn.edu.taphuan.audit.control.AuditContext;
import vn.edu.taphuan.audit.entity.Actor;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.control.ClientAddress;
import vn.edu.taphuan.xapi.control.LrsCredentials;
import vn.edu.taphuan.xapi.control.LrsTokens;
import vn.edu.taphuan.xapi.control.validation.JsonText;
import vn.edu.taphuan.xapi.entity.LrsClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every request to the LRS passes before it reaches a resource:
 * <ol>
 * <li>the Alternate Request Syntax (xAPI Communication 1.3) is turned into the ordinary request it stands for:
 * method, headers, query parameters and content come out of the form;</li>
 * <li>HTTP Basic authentication with an LRS credential (Communication 4.0): missing or wrong → 401;</li>
 * <li>the {@code X-Experience-API-Version} header (Communication 3.3): missing, before 1.0.0 or 1.1.0 and later →
 * 400; {@code 1.0} counts as 1.0.0.</li>
 * </ol>
 * The About resource is open and takes any version (Communication 2.8.s5.b3, b4); CORS pre-flight requests pass.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class LrsGate implements ContainerRequestFilter {
    public static final String VERSION_HEADER = "X-Experience-API-Version";
    private static final Pattern SUPPORTED = Pattern.compile("1\\.0(\\.\\d+)?");
    /** Form parameters of the alternate syntax that are really headers (Communication 1.3.s3.b6). */
    private static final Set<String> HEADER_PARAMETERS = Set.of("Authorization", VERSION_HEADER, "Content-Type",
            "Content-Length", "If-Match", "If-None-Match");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

    @Inject
    LrsCredentials credentials;

    @Inject
    AuditContext audit;

    @Inject
    ClientAddress clientAddress;

    /** Tokens issued above xapi (cmi5's auth-token), judged before key:secret. */
    @Inject
    Instance<LrsTokens> tokens;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (ctx.getMethod().equals("OPTIONS")) {
            ctx.abortWith(Response.noContent().build());
            return;
        }
        checkQuery(ctx.getUriInfo().getRequestUri().getRawQuery());
        if (ctx.getMethod().equals("POST") && ctx.getUriInfo().getQueryParameters().containsKey("method")) {
            alternateSyntax(ctx);
        } else if (ctx.getMethod().equals("POST") && isForm(ctx.getHeaderString("Content-Type"))) {
            throw new Problem(400, "FORM_WITHOUT_METHOD", "A form-encoded request must name the intended method in the \"method\" "
                    + "query parameter (Alternate Request Syntax, xAPI Communication 1.3, 3.2.s3.b6).");
        }
        String path = ctx.getUriInfo().getPath().replaceFirst("^/", "");
        if (path.equals("about") || path.equals("about/")) {
            return;
        }
        String address = clientAddress.of(servletRequest);
        LrsClient client = authenticate(ctx.getHeaderString("Authorization"), address);
        ctx.setProperty(LrsClient.REQUEST_PROPERTY, client);
        audit.use(Actor.lrs(client.key(), address));
        String version = ctx.getHeaderString(VERSION_HEADER);
        if (version == null || version.isBlank()) {
            throw new Problem(400, "VERSION_HEADER_MISSING", "The " + VERSION_HEADER + " header is required on every request, "
                    + "e.g. \"" + VERSION_HEADER + ": 1.0.3\" (xAPI Communication 3.3.s4.b1).");
        }
        if (!SUPPORTED.matcher(version.strip()).matches()) {
            throw new Problem(400, "VERSION_NOT_SUPPORTED", VERSION_HEADER + " \"" + version + "\" is not supported; this LRS "
                    + "implements 1.0.3 and accepts 1.0 and 1.0.x (xAPI Communication 3.3.s3.b4-b6).");
        }
    }

    /**
     * Every query parameter's name and value decode to UTF-8 text (Communication 1.4.s1.b1): a broken escape or
     * invalid bytes answer 400 naming the parameter, before anything reads the parameters (a lenient decoder would
     * put U+FFFD in their place and a filter would then silently match nothing).
     */
    static void checkQuery(String raw) {
        if (raw == null) {
            return;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = JsonText.percentDecoded(eq < 0 ? pair : pair.substring(0, eq), "name", true);
            if (eq >= 0) {
                JsonText.percentDecoded(pair.substring(eq + 1), name, true);
            }
        }
    }

    private LrsClient authenticate(String header, String address) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw unauthorized("Authenticate with HTTP Basic using an LRS key and secret (made by a district administrator).");
        }
        for (LrsTokens issuer : tokens) {
            Optional<LrsClient> client = issuer.client(header.substring(6).strip());
            if (client.isPresent()) {
                return client.get();
            }
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized("The Authorization header is not valid HTTP Basic (Base64 of key:secret).");
        }
        int colon = decoded.indexOf(':');
        String key = colon < 0 ? decoded : decoded.substring(0, colon);
        long wait = credentials.waitSeconds(key, address);
        if (wait > 0) {
            throw tooManyAttempts(wait);
        }
        Optional<LrsClient> client = colon < 0 ? Optional.empty()
                : credentials.authenticate(key, decoded.substring(colon + 1), address);
        return client.orElseThrow(() -> unauthorized("The LRS key or secret is wrong, or the credential was deactivated."));
    }

    /** Wrong secrets for this key from this address, several times: a growing wait, never a lock. */
    private static Problem tooManyAttempts(long seconds) {
        return new Problem(429, "TOO_MANY_ATTEMPTS", "Several wrong secrets for this LRS key; try again in " + seconds + " seconds.") {
            @Override
            public Response getResponse() {
                return Response.fromResponse(super.getResponse()).header("Retry-After", seconds).build();
            }
        };
    }

    private static Problem unauthorized(String message) {
        Problem p = new Problem(401, "UNAUTHENTICATED", message) {
            @Override
            public Response getResponse() {
                return Response.fromResponse(super.getResponse()).header("WWW-Authenticate", "Basic realm=\"xAPI\"").build();
            }
        };
        return p;
    }

    private static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Rewrites an Alternate Request Syntax request into the request it stands for. */
    private static void alternateSyntax(ContainerRequestContext ctx) {
        MultivaluedMap<String, String> query = ctx.getUriInfo().getQueryParameters();
        if (query.size() > 1) {
            throw new Problem(400, "ALTERNATE_SYNTAX_QUERY", "With the Alternate Request Syntax the query string holds only "
                    + "\"method\"; send the other parameters as form fields (xAPI Communication 1.3.s3.b3).");
        }
        String method = query.getFirst("method").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new Problem(400, "ALTERNATE_SYNTAX_METHOD", "\"method\" must be GET, HEAD, PUT, POST or DELETE, not \""
                    + query.getFirst("method") + "\" (xAPI Communication 1.3.s3.b2).");
        }
        if (!isForm(ctx.getHeaderString("Content-Type"))) {
            throw new Problem(400, "ALTERNATE_SYNTAX_CONTENT_TYPE", "The Alternate Request Syntax needs Content-Type "
                    + "application/x-www-form-urlencoded (xAPI Communication 1.3.s3.b9).");
        }
        Map<String, String> form = readForm(ctx);
        StringBuilder rebuilt = new StringBuilder();
        String content = null;
        for (var e : form.entrySet()) {
            String name = e.getKey();
            Optional<String> header = HEADER_PARAMETERS.stream().filter(h -> h.equalsIgnoreCase(name)).findFirst();
            if (name.equals("content")) {
                content = e.getValue();
            } else if (header.isPresent()) {
                ctx.getHeaders().putSingle(header.get(), e.getValue());
            } else {
                rebuilt.append(rebuilt.isEmpty() ? "" : "&").append(encode(name)).append('=').append(encode(e.getValue()));
            }
        }
        String base = ctx.getUriInfo().getRequestUri().toString().replaceFirst("\\?.*$", "");
        ctx.setRequestUri(URI.create(rebuilt.isEmpty() ? base : base + "?" + rebuilt));
        ctx.setMethod(method);
        if (content != null) {
            ctx.setEntityStream(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
            if (!form.keySet().stream().anyMatch(k -> k.equalsIgnoreCase("Content-Type"))) {
                ctx.getHeaders().putSingle("Content-Type", "application/json");
            }
            ctx.getHeaders().remove("Content-Length");
        } else {
            ctx.setEntityStream(new ByteArrayInputStream(new byte[0]));
            ctx.getHeaders().remove("Content-Type");
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, String> readForm(ContainerRequestContext ctx) {
        try {
            String body = JsonText.utf8(ctx.getEntityStream().readAllBytes(), "The form");
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = JsonText.percentDecoded(eq < 0 ? pair : pair.substring(0, eq), "name", true);
                String value = eq < 0 ? "" : JsonText.percentDecoded(pair.substring(eq + 1), name, true);
                form.put(name, value);
            }
            return form;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For resources: the client the gate authenticated. */
    static LrsClient client(ContainerRequestContext ctx) {
        return (LrsClient) ctx.getProperty(LrsClient.REQUEST_PROPERTY);
    }

    static List<String> supportedVersions() {
        return List.of("1.0.3", "1.0.0");
    }
}
