package vn.edu.taphuan.xapi.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.entity.LrsClient;

import java.util.Locale;

/**
 * What the LRS credential of a request may do with statements (docs/xapi.md §9): {@link LrsGate} authenticated it;
 * writing needs write scope, reading needs read scope; an action outside the scope is 403 (xAPI Communication
 * 3.2.s3.b10). Read-own is applied where the statements are read.
 */
final class LrsScope {
    private LrsScope() {
    }

    /** A credential that may write, sending JSON or multipart/mixed (statements with attachment data). */
    static LrsClient writer(HttpServletRequest request, HttpHeaders headers) {
        LrsClient client = LrsClients.writer(request, " statements");
        requireStatementType(headers);
        return client;
    }

    static LrsClient reader(HttpServletRequest request) {
        return LrsClients.reader(request, " statements");
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
