package vn.edu.taphuan.xapi.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.control.validation.Formats;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Signed statements (xAPI Data 2.6): an attachment with the signature usageType carries a JWS in compact
 * serialization whose payload is the statement as it was before the signature was added. What the LRS MUST check,
 * and all it checks: the attachment's content type is application/octet-stream and its data came (XAPI-00115); the
 * JWS decodes and its payload is a JSON statement (XAPI-00116) logically equivalent to the one received, ignoring
 * what LRS processing of id, authority, stored, timestamp and version may change; the algorithm is RS256, RS384 or
 * RS512 (XAPI-00117); when the header has an x5c chain, the signature verifies with its first certificate. Without
 * x5c the signature cannot be checked and is accepted unverified: the spec asks nothing more, and clients must not
 * take an LRS's acceptance as proof (Data 2.6).
 */
public final class StatementSignature {
    public static final String USAGE = "http://adlnet.gov/expapi/attachments/signature";
    private static final String CONTENT_TYPE = "application/octet-stream";
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);
    private static final Set<String> ASSIGNED = Set.of("id", "authority", "stored", "version");

    private StatementSignature() {
    }

    public static boolean isSignature(JsonObject attachment) {
        return attachment.get("usageType") instanceof JsonString u && USAGE.equals(u.getString());
    }

    /**
     * Checks one signature attachment of {@code statement} (as sent) against its data {@code jws} (null when no part
     * came); {@code at} names the statement in the 400. Answers whether the signature was verified with an x5c
     * certificate (false: there was none to verify with).
     */
    public static boolean check(JsonObject statement, JsonObject attachment, byte[] jws, String at) {
        String type = attachment.getString("contentType", "");
        if (!type.split(";", 2)[0].strip().equalsIgnoreCase(CONTENT_TYPE)) {
            throw bad(at, "its signature attachment has contentType " + type + "; a signature is application/octet-stream (Data 2.6.s4.b1)");
        }
        if (jws == null) {
            throw bad(at, "its signature attachment came without its data: send the JWS as a part of the multipart/mixed request "
                    + "(Data 2.6.s4.b1, XAPI-00115)");
        }
        JWSObject signed;
        try {
            signed = JWSObject.parse(new String(jws, StandardCharsets.US_ASCII).strip());
        } catch (ParseException e) {
            throw bad(at, "its signature is not a JWS in compact serialization: " + e.getMessage() + " (Data 2.6.s4.b1)");
        }
        if (!ALGORITHMS.contains(signed.getHeader().getAlgorithm())) {
            throw bad(at, "its signature uses " + signed.getHeader().getAlgorithm() + "; it must use RS256, RS384 or RS512 (Data 2.6.s4.b4, "
                    + "XAPI-00117)");
        }
        JsonObject original = payload(signed, at);
        // an LRS sets a timestamp where there was none (Data 2.4.7): then only one of them has it
        boolean timestamps = original.containsKey("timestamp") && statement.containsKey("timestamp");
        if (!comparable(original, timestamps).equals(comparable(statement, timestamps))) {
            throw bad(at, "the statement in its signature is not the statement sent (compared without id, authority, stored, timestamp "
                    + "and version, Data 2.6.s5.b1)");
        }
        List<Base64> chain = signed.getHeader().getX509CertChain();
        if (chain == null || chain.isEmpty()) {
            return false;
        }
        verify(signed, chain.get(0), at);
        return true;
    }

    private static JsonObject payload(JWSObject signed, String at) {
        try {
            if (StatementJson.parse(signed.getPayload().toString()) instanceof JsonObject o) {
                return o;
            }
        } catch (JsonException e) {
            // answered below
        }
        throw bad(at, "the payload of its signature is not a JSON statement (Data 2.6.s4.b3, XAPI-00116)");
    }

    private static void verify(JWSObject signed, Base64 certificate, String at) {
        X509Certificate cert = X509CertUtils.parse(certificate.decode());
        if (cert == null || !(cert.getPublicKey() instanceof RSAPublicKey key)) {
            throw bad(at, "the first certificate of its signature's x5c chain is not an X.509 certificate with an RSA key (Data 2.6.s5.b1)");
        }
        try {
            if (!signed.verify(new RSASSAVerifier(key))) {
                throw bad(at, "its signature does not verify with the first certificate of its x5c chain (Data 2.6.s5.b1)");
            }
        } catch (JOSEException e) {
            throw bad(at, "its signature could not be verified: " + e.getMessage() + " (Data 2.6.s5.b1)");
        }
    }

    /**
     * The statement as the comparison sees it: without the properties the LRS may set, the timestamp as a point in
     * time (left out unless {@code timestamp}), without its signature attachments, keys sorted and numbers normalised.
     */
    static JsonValue comparable(JsonObject statement, boolean timestamp) {
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder();
        for (var e : statement.entrySet()) {
            String key = e.getKey();
            if (ASSIGNED.contains(key) || key.equals("timestamp") && !timestamp) {
                continue;
            }
            if (key.equals("timestamp") && e.getValue() instanceof JsonString t) {
                Instant at = Formats.instant(t.getString());
                b.add(key, at == null ? t.getString() : at.toString());
            } else if (key.equals("attachments") && e.getValue().getValueType() == JsonValue.ValueType.ARRAY) {
                JsonArrayBuilder kept = StatementJson.JSON.createArrayBuilder();
                e.getValue().asJsonArray().stream().filter(a -> !(a instanceof JsonObject o && isSignature(o))).forEach(kept::add);
                var list = kept.build();
                if (!list.isEmpty()) {
                    b.add(key, list);
                }
            } else {
                b.add(key, e.getValue());
            }
        }
        return StatementComparison.canonical(b.build());
    }

    private static Problem bad(String at, String why) {
        return new Problem(400, "INVALID_SIGNATURE", "The statement" + (at.isEmpty() ? "" : " " + at) + " was rejected: " + why + ".");
    }

}
