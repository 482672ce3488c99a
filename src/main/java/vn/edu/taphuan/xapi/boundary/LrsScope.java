package vn.edu.taphuan.xapi.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.ReadScope;

import java.util.Locale;

/**
 * What the LRS credential of a request may do with statements (docs/xapi.md §9): {@link LrsGate} authenticated it;
 * writing needs write scope, reading needs read scope; an action outside the scope is 403 (xAPI Communication
 * 3.2.s3.b10). Read-own is applied where the statements are read.
 */
final class LrsScope {
    private LrsScope() {
    }

    static LrsClient client(HttpServletRequest request) {
        LrsClient client = (LrsClient) request.getAttribute(LrsClient.REQUEST_PROPERTY);
        if (client == null) {
            throw new Problem(401, "UNAUTHENTICATED", "Authenticate with HTTP Basic using an LRS key and secret.");
        }
        return client;
    }

    /** A credential that may write, sending JSON or multipart/mixed (statements with attachment data). */
    static LrsClient writer(HttpServletRequest request, HttpHeaders headers) {
        LrsClient client = client(request);
        if (!client.canWrite()) {
            throw new Problem(403, "WRITE_NOT_ALLOWED", "LRS credential " + client.key() + " may read but not write statements "
                    + "(xAPI Communication 3.2.s3.b10).");
        }
        requireStatementType(headers);
        return client;
    }

    static LrsClient reader(HttpServletRequest request) {
        LrsClient client = client(request);
        if (client.readScope() == ReadScope.NONE) {
            throw new Problem(403, "READ_NOT_ALLOWED", "LRS credential " + client.key() + " may write but not read statements "
                    + "(xAPI Communication 3.2.s3.b10).");
        }
        return client;
    }

    private static void requireStatementType(HttpHeaders headers) {
        String type = headers.getHeaderString("Content-Type");
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (!t.matches("application/json\\s*(;.*)?") && !t.matches("multipart/mixed\\s*(;.*)?")) {
            throw new Problem(400, "CONTENT_TYPE", "Send statements with Content-Type application/json, or multipart/mixed with the "
                    + "attachments' data" + (type == null ? "" : ", not " + type) + " (xAPI Communication 1.5, 3.2.s3.b6).");
        }
    }
}
