package vn.edu.taphuan.xapi.boundary;

import jakarta.ws.rs.core.StreamingOutput;
import vn.edu.taphuan.xapi.control.AttachmentStore;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.UUID;

/**
 * The answer to {@code attachments=true} (xAPI Communication 2.1.3, 1.5.2): multipart/mixed with the statement or
 * StatementResult first, then one part per stored attachment the statements name, each with its
 * X-Experience-API-Hash, Content-Type, Content-Transfer-Encoding binary and Content-Length. The data is written as it
 * is read, one attachment at a time. The boundary is a random UUID, which no part can be expected to contain.
 */
final class MultipartAnswer implements StreamingOutput {
    private final String boundary = "xapi-" + UUID.randomUUID();
    private final String json;
    private final Collection<String> hashes;
    private final AttachmentStore store;

    MultipartAnswer(String json, Collection<String> hashes, AttachmentStore store) {
        this.json = json;
        this.hashes = hashes;
        this.store = store;
    }

    String contentType() {
        return "multipart/mixed; boundary=\"" + boundary + "\"";
    }

    @Override
    public void write(OutputStream out) throws IOException {
        out.write(("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + json).getBytes(StandardCharsets.UTF_8));
        store.stream(hashes, (header, content) -> {
            out.write(("\r\n--" + boundary + "\r\nContent-Type: " + header.contentType() + "\r\nContent-Transfer-Encoding: binary\r\n"
                    + "X-Experience-API-Hash: " + header.sha2() + "\r\nContent-Length: " + header.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(content);
        });
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
