package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.control.StatementSignature;
import vn.edu.taphuan.xapi.entity.AttachmentData;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The body of a PUT or POST to the Statement resource as sent: {@code application/json}, where every attachment
 * needs a fileUrl, or {@code multipart/mixed} with the statements first and then the raw data of their attachments
 * (xAPI Communication 1.5.2). {@link #attachments} matches the data with the statements' attachments and checks the
 * signatures of signed statements (Data 2.6) before anything is stored.
 */
final class StatementRequest {
    /** A part after the statements: its hash (checked against its bytes), its Content-Type if it had one. */
    private record Received(String sha2, String contentType, byte[] content) {
    }

    private final JsonValue json;
    /** The attachment parts by SHA-2 in lower case; null for an application/json request. */
    private final Map<String, Received> parts;

    private StatementRequest(JsonValue json, Map<String, Received> parts) {
        this.json = json;
        this.parts = parts;
    }

    /** Reads the body by its Content-Type: 413 above the limits, 400 when a part is malformed or its data not its hash. */
    static StatementRequest read(InputStream body, String contentType, int maxRequestBytes, long maxAttachmentBytes) {
        String boundary = MultipartReader.boundary(contentType);
        if (boundary == null) {
            return new StatementRequest(StatementBody.read(body, maxRequestBytes), null);
        }
        MultipartReader reader = new MultipartReader(body, boundary);
        MultipartReader.Part first = reader.next(maxRequestBytes, "The statements part (limit: taphuan.xapi.max-request-bytes)");
        String type = first == null ? null : first.header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).matches("application/json\\s*(;.*)?")) {
            throw new Problem(400, "FIRST_PART_NOT_JSON", "The first part of a multipart/mixed statement request must be the statements "
                    + "with Content-Type application/json" + (type == null ? "" : ", not " + type) + " (xAPI Communication 1.5.2.s2.b2.b1).");
        }
        JsonValue json = StatementBody.json(first.content(), "The statements part",
                m -> "The statements part is not JSON: " + m + " (xAPI Communication 1.5.2.s2.b2.b1).");
        Map<String, Received> parts = new LinkedHashMap<>();
        long left = maxAttachmentBytes;
        MultipartReader.Part part;
        while ((part = reader.next(left, "The attachment data of this request (limit: taphuan.xapi.attachment.max-bytes)")) != null) {
            Received r = received(part);
            left -= r.content().length;
            parts.putIfAbsent(r.sha2(), r);
        }
        return new StatementRequest(json, parts);
    }

    JsonValue json() {
        return json;
    }

    /**
     * The data to store with {@code statements}: every attachment without a fileUrl needs a part with its sha2
     * (Communication 1.5.2.s3.b5), whose Content-Type is the attachment's (1.5.2.s2.b2.b7); every part must belong to
     * an attachment; signed statements must carry a valid signature (Data 2.6). 400 otherwise, before anything is stored.
     */
    List<AttachmentData> attachments(List<JsonObject> statements, boolean batch) {
        Map<String, AttachmentData> matched = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            JsonObject statement = statements.get(i);
            String at = batch ? "[" + i + "]" : "";
            if (!(statement.get("attachments") instanceof JsonArray list)) {
                continue;
            }
            for (int j = 0; j < list.size(); j++) {
                JsonObject a = list.getJsonObject(j);
                String sha2 = a.getString("sha2").toLowerCase(Locale.ROOT);
                named.add(sha2);
                Received data = parts == null ? null : parts.get(sha2);
                String where = (at.isEmpty() ? "" : at + ".") + "attachments[" + j + "]";
                if (data == null && !a.containsKey("fileUrl")) {
                    throw parts == null ? missing(where, "this request is application/json, where every attachment needs a fileUrl; send its "
                            + "data in a multipart/mixed request instead (xAPI Communication 1.5.2.s2.b1)")
                            : missing(where, "it has no fileUrl and no part with X-Experience-API-Hash " + sha2 + " came (Communication 1.5.2.s3.b5)");
                }
                String type = a.getString("contentType");
                if (data != null && data.contentType() != null && !mediaType(data.contentType()).equals(mediaType(type))) {
                    throw missing(where, "its contentType " + type + " differs from the Content-Type " + data.contentType() + " of its part "
                            + "(Communication 1.5.2.s2.b2.b7)");
                }
                if (StatementSignature.isSignature(a)) {
                    StatementSignature.check(statement, a, data == null ? null : data.content(), at);
                }
                if (data != null) {
                    matched.putIfAbsent(sha2, new AttachmentData(sha2, data.contentType() != null ? data.contentType() : type, data.content()));
                }
            }
        }
        if (parts != null) {
            for (String sha2 : parts.keySet()) {
                if (!named.contains(sha2)) {
                    throw new Problem(400, "ATTACHMENT_NOT_NAMED", "A part has X-Experience-API-Hash " + sha2 + " but no attachment of the "
                            + "statements has that sha2: every part after the first is the data of an attachment (Communication 1.5.2.s2.b2.b2).");
                }
            }
        }
        return new ArrayList<>(matched.values());
    }

    /** An attachment part: its X-Experience-API-Hash must be the SHA-2 of its bytes; only binary transfer encoding. */
    private static Received received(MultipartReader.Part part) {
        String hash = part.header("X-Experience-API-Hash");
        if (hash == null || hash.isBlank()) {
            throw new Problem(400, "ATTACHMENT_HASH_MISSING", "Every part after the statements needs an X-Experience-API-Hash header with "
                    + "the SHA-2 of its data (xAPI Communication 1.5.2.s2.b2.b3).");
        }
        String encoding = part.header("Content-Transfer-Encoding");
        // a part without the header is read as binary (Communication 1.5.2.s3.b6); any other encoding is refused
        if (encoding != null && !encoding.strip().equalsIgnoreCase("binary")) {
            throw new Problem(400, "ATTACHMENT_ENCODING", "The part with X-Experience-API-Hash " + hash + " has Content-Transfer-Encoding "
                    + encoding + "; attachment data is sent as binary (xAPI Communication 1.5.2.s2.b2.b4).");
        }
        String sha2 = hash.strip().toLowerCase(Locale.ROOT);
        if (!sha2.equals(digest(sha2, part.content()))) {
            throw new Problem(400, "ATTACHMENT_HASH_MISMATCH", "The data of the part with X-Experience-API-Hash " + sha2 + " has another "
                    + "SHA-2; the hash must be that of the bytes sent (xAPI Data 2.4.11, Communication 1.5.2.s1).");
        }
        return new Received(sha2, part.header("Content-Type"), part.content());
    }

    /** The SHA-2 of {@code content} in the variant the hash's length names (SHA-224/256/384/512); null for none. */
    static String digest(String hash, byte[] content) {
        String algorithm = switch (hash.length()) {
            case 56 -> "SHA-224";
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> null;
        };
        if (algorithm == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** type/subtype in lower case: parameters may differ (Communication 1.5.2.s6 sends "text/plain; charset=ascii" as text/plain). */
    private static String mediaType(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static Problem missing(String where, String why) {
        return new Problem(400, "ATTACHMENT_DATA", "The statement was rejected: " + where + " " + why + ".");
    }
}
