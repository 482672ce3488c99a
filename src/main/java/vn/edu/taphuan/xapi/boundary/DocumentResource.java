package vn.edu.taphuan.xapi.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.platform.Retry;
import vn.edu.taphuan.xapi.control.DocumentStore;
import vn.edu.taphuan.xapi.control.Preconditions;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.control.validation.Formats;
import vn.edu.taphuan.xapi.entity.DocumentAddress;
import vn.edu.taphuan.xapi.entity.DocumentKind;
import vn.edu.taphuan.xapi.entity.LrsClient;
import vn.edu.taphuan.xapi.entity.StoredDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the three document resources share (xAPI Communication 2.2, 3.1): GET one document or the ids of a context
 * (with {@code since}), PUT, POST (JSON merge) and DELETE, each with {@code ETag}, {@code Last-Modified} and the
 * {@code If-Match}/{@code If-None-Match} rules; HEAD is answered like GET without a body (1.1). A subclass names its
 * kind and how its parameters make a context.
 * <p>
 * Authentication and the version header are checked by {@link LrsGate}. The methods are open ({@code @PermitAll})
 * to role rules — the /api roles do not apply under /xapi — because the LRS credential's scope decides: changing
 * documents needs write scope, reading them read scope (OWN: only the documents the credential created).
 */
public abstract class DocumentResource {

    @Inject
    DocumentStore store;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.max-document-bytes", defaultValue = "10000000")
    int maxDocumentBytes;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    abstract DocumentKind kind();

    /** The parameters that name the context (besides the document id and {@code since}). */
    abstract Set<String> contextParameters();

    /** The context the request's parameters name (document id null). */
    abstract DocumentAddress context(LrsParameters p);

    /** Whether DELETE without a document id deletes the whole context (State only, Communication 2.3.s5). */
    boolean deletesContext() {
        return false;
    }

    /** One document, or the ids of the context's documents as a JSON array (Communication 2.2-2.7). */
    @GET
    @PermitAll
    public Response get() {
        LrsClient client = LrsClients.reader(request);
        LrsParameters p = parameters("GET", Set.of("since"));
        DocumentAddress context = context(p);
        String id = p.optional(kind().idParameter());
        if (id == null) {
            List<DocumentStore.Listed> listed = store.ids(context, p.since(kind().section()), client);
            var array = StatementJson.JSON.createArrayBuilder();
            listed.forEach(d -> array.add(d.id()));
            Response.ResponseBuilder r = LrsJson.builder(array.build());
            listed.stream().map(DocumentStore.Listed::updated).max(Instant::compareTo).ifPresent(t -> r.lastModified(Date.from(t)));
            return r.build();
        }
        if (p.optional("since") != null) {
            throw new Problem(400, "SINCE_WITH_ID", "since lists the ids changed after a time; it cannot be sent with "
                    + kind().idParameter() + " (xAPI " + kind().section() + ").");
        }
        StoredDocument d = store.find(context.withId(id), client).orElseThrow(() -> new Problem(404, "DOCUMENT_NOT_FOUND",
                "There is no such " + kind().idParameter() + " document (xAPI " + kind().section() + ", Communication 3.2.s2.b4)."));
        return Response.ok(d.content()).header(HttpHeaders.CONTENT_TYPE, d.contentType()).tag(new EntityTag(d.etag()))
                .lastModified(Date.from(d.updated())).build();
    }

    /** Stores the document as sent, any content type, byte-exact: 204 (Communication 2.2, 1.5.b1). */
    @PUT
    @PermitAll
    public Response put(InputStream body) {
        LrsClient client = LrsClients.writer(request);
        DocumentAddress a = document("PUT");
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        type = type == null || type.isBlank() ? MediaType.APPLICATION_OCTET_STREAM : type.strip();
        if (!Formats.mediaType(type.split(";")[0].strip())) {
            throw new Problem(400, "CONTENT_TYPE", "Content-Type \"" + type + "\" is not a media type such as application/json "
                    + "(xAPI Communication 1.5, 3.2.s3.b6).");
        }
        byte[] bytes = read(body);
        if (DocumentStore.isJson(type)) {
            json(bytes);
        }
        String contentType = type;
        retrying(() -> {
            store.put(a, contentType, bytes, preconditions(), client);
            return null;
        });
        return Response.noContent().build();
    }

    /** Merges a JSON object into the document, or stores it when there is none: 204 (Communication 2.2.s7, s8). */
    @POST
    @PermitAll
    public Response post(InputStream body) {
        LrsClient client = LrsClients.writer(request);
        DocumentAddress a = document("POST");
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (!DocumentStore.isJson(type)) {
            throw new Problem(400, "MERGE_NEEDS_JSON", "POST merges JSON objects: send Content-Type application/json"
                    + (type == null ? "" : ", not " + type) + "; to store another kind of document use PUT (xAPI Communication 2.2.s8.b1).");
        }
        if (!(json(read(body)) instanceof JsonObject posted)) {
            throw new Problem(400, "MERGE_NEEDS_OBJECT", "POST merges JSON objects: the body must be a JSON object "
                    + "(xAPI Communication 2.2.s8.b1).");
        }
        retrying(() -> {
            store.merge(a, posted, preconditions(), client);
            return null;
        });
        return Response.noContent().build();
    }

    /** Deletes one document, or — State without stateId — every document of the context: 204 (2.3.s5, 2.6, 2.7). */
    @DELETE
    @PermitAll
    public Response delete() {
        LrsClient client = LrsClients.writer(request);
        LrsParameters p = parameters("DELETE", Set.of());
        DocumentAddress context = context(p);
        String id = p.optional(kind().idParameter());
        if (id == null && deletesContext()) {
            store.deleteAll(context, client);
        } else {
            DocumentAddress a = context.withId(documentId());
            retrying(() -> {
                store.delete(a, preconditions(), client);
                return null;
            });
        }
        return Response.noContent().build();
    }

    private LrsParameters parameters(String method, Set<String> extra) {
        LrsParameters p = new LrsParameters(uri, kind().path());
        Set<String> allowed = new HashSet<>(contextParameters());
        allowed.add(kind().idParameter());
        allowed.addAll(extra);
        p.allowOnly(allowed, method);
        return p;
    }

    private String documentId() {
        return new LrsParameters(uri, kind().path()).required(kind().idParameter(), kind().section());
    }

    /** The one document a PUT or POST addresses: its context and its (required) id. */
    private DocumentAddress document(String method) {
        return context(parameters(method, Set.of())).withId(documentId());
    }

    private Preconditions preconditions() {
        return new Preconditions(headers.getHeaderString(HttpHeaders.IF_MATCH), headers.getHeaderString(HttpHeaders.IF_NONE_MATCH));
    }

    /** A document changed by another request between read and write: judge and write again (a few times). */
    private static void retrying(Supplier<Void> change) {
        Retry.onContention("xAPI document change", 3, change);
    }

    private byte[] read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(maxDocumentBytes + 1);
            if (bytes.length > maxDocumentBytes) {
                throw new Problem(413, "DOCUMENT_TOO_LARGE", "The document is larger than " + maxDocumentBytes + " bytes "
                        + "(taphuan.xapi.max-document-bytes) (xAPI Communication 3.2.s3.b11).");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as JSON, checked as statements are: UTF-8, nesting, no lone surrogates (Communication 1.4). */
    private static JsonValue json(byte[] bytes) {
        return StatementBody.json(bytes, "The document",
                m -> "The document is sent as application/json but is not JSON: " + m + " (xAPI Communication 3.2.s3.b6).");
    }
}
