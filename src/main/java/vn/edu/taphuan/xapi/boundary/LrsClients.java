package vn.edu.taphuan.xapi.boundary;

import jakarta.servlet.http.HttpServletRequest;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.ReadScope;

/**
 * The credential {@link LrsGate} authenticated for this request, and what its scope lets it do outside the Statement
 * resource (docs/xapi.md §8): changing documents needs write scope; reading documents, agents and activities
 * needs read scope (OWN or ALL). A refusal is 403 (xAPI Communication 3.2.s3.b10).
 */
final class LrsClients {
    private LrsClients() {
    }

    static LrsClient client(HttpServletRequest request) {
        LrsClient client = (LrsClient) request.getAttribute(LrsClient.REQUEST_PROPERTY);
        if (client == null) {
            throw new Problem(401, "UNAUTHENTICATED", "Authenticate with HTTP Basic using an LRS key and secret.");
        }
        return client;
    }

    static LrsClient writer(HttpServletRequest request) {
        return writer(request, "");
    }

    /** A credential that may write; {@code what} names the resource in the refusal (" statements"), or is empty. */
    static LrsClient writer(HttpServletRequest request, String what) {
        LrsClient client = client(request);
        if (!client.canWrite()) {
            throw new Problem(403, "WRITE_NOT_ALLOWED", "LRS credential " + client.key() + " may read but not write" + what
                    + " (xAPI Communication 3.2.s3.b10).");
        }
        return client;
    }

    static LrsClient reader(HttpServletRequest request) {
        return reader(request, "");
    }

    /** A credential that may read; {@code what} names the resource in the refusal (" statements"), or is empty. */
    static LrsClient reader(HttpServletRequest request, String what) {
        LrsClient client = client(request);
        if (client.readScope() == ReadScope.NONE) {
            throw new Problem(403, "READ_NOT_ALLOWED", "LRS credential " + client.key() + " may write but not read" + what
                    + " (xAPI Communication 3.2.s3.b10).");
        }
        return client;
    }
}
