package vn.gnbv.tracker.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Conditional GETs for every read of the API: an {@code ETag} on each 200, {@code If-None-Match} answered 304 without a
 * body, and {@code Cache-Control} / {@code Vary} that keep shared caches out (answers depend on the caller's scope).
 *
 * <p>A JSON answer without an ETag of its own gets a weak one, a checksum of its serialised body: it changes exactly when
 * the bytes would, whatever the endpoint reads (units, reports, roll-ups, the caller's scope), at the cost of running
 * the read; the answer is serialised once, here, and sent as those bytes. Weak, because the same answer gzipped is
 * a different byte sequence but the same content. Answers with an ETag of their own keep it: a figure's version (its
 * If-Match token), a report file's SHA-256, a CSV page's fingerprint. Short bodies are never compressed
 * ({@link #COMPRESS_FROM}).
 */
@Provider
public class HttpCaching implements ContainerResponseFilter {
    /** Store, but ask the server (If-None-Match) before every reuse; only the caller's own cache may store it. */
    public static final String CACHE_CONTROL = "private, no-cache";

    public static final String VARY = "Authorization, Accept, Accept-Encoding";

    /**
     * Bodies shorter than this (one TCP segment) are sent uncompressed even when the client accepts gzip: a figure by
     * id is ~700 bytes, and setting up a deflater per response cost more than the bytes it saved (wrk, 8 connections,
     * GET by id: 8,700–8,900 requests/s gzipped, 10,700–13,400 not).
     */
    public static final int COMPRESS_FROM = 1400;

    @Inject
    ObjectMapper mapper;

    @Inject
    MemoBodies memoBodies;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        if (response.getStatus() != 200) {
            return;
        }
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        MemoBodies.Body memo = response.getEntity() instanceof MemoBodies.Body b
                ? b
                : isJson(response) ? memoBodies.of(response.getEntity(), mapper) : null;
        if (memo != null) {
            etag = etag != null ? etag : memo.etag();
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            boolean zip =
                    memo.length() >= COMPRESS_FROM && acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
            response.setEntity(
                    zip ? memo.gzip() : memo.json(), response.getEntityAnnotations(), response.getMediaType());
            if (zip) {
                // Vert.x leaves a body alone whose Content-Encoding is set: the gzip made once is sent as it is.
                response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        } else if (isJson(response)) {
            byte[] body = mapper.writeValueAsBytes(response.getEntity());
            if (etag == null) {
                etag = weakTag(body);
                response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            }
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
        if (response.getEntity() instanceof byte[] body
                && body.length < COMPRESS_FROM
                && response.getHeaderString(HttpHeaders.CONTENT_ENCODING) == null) {
            // Vert.x sends it as it is and drops the header (HttpChunkContentCompressor): no deflater for a few bytes.
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "identity");
        }
        if (etag != null && matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            response.getHeaders().remove(HttpHeaders.CONTENT_ENCODING);
        }
    }

    /**
     * An object Jackson will write: JSON by type, or with no type yet (a {@code Response.ok(view)} of a resource that
     * produces JSON: the type is chosen after the filters); bytes, text and streams are written as they are.
     */
    private static boolean isJson(ContainerResponseContext response) {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        return entity != null
                && !(entity instanceof byte[])
                && !(entity instanceof String)
                && !(entity instanceof StreamingOutput)
                && !(entity instanceof java.io.InputStream)
                && !(entity instanceof java.io.File)
                && !(entity instanceof java.nio.file.Path)
                && (type == null || type.getSubtype().endsWith("json"));
    }

    /** RFC 9110 12.5.3: gzip (or x-gzip) listed without {@code q=0}. */
    static boolean acceptsGzip(String accept) {
        if (accept == null) {
            return false;
        }
        for (String part : accept.split(",")) {
            String[] p = part.trim().split(";");
            String coding = p[0].trim();
            if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
                for (int i = 1; i < p.length; i++) {
                    String param = p[i].trim().replace(" ", "");
                    if (param.startsWith("q=") && param.substring(2).matches("0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** RFC 9110 13.1.2: weak comparison, any listed tag or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String ours = opaque(etag);
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .anyMatch(t -> t.equals("*") || opaque(t).equals(ours));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** The weak ETag of a JSON body: {@code W/"<hash>"}. */
    public static String weakTag(byte[] body) {
        return "W/\"" + hash(body) + "\"";
    }

    /**
     * A short, URL-safe checksum of these bytes: CRC-32C and CRC-32 (two polynomials, 64 bits together) and the length.
     * An ETag has to change when the bytes do, not to resist forgery (what it validates is the client's own copy);
     * both CRCs run as CPU instructions, where SHA-256 of a 1,000-line page was a fifth of its Java time (issue 12).
     */
    public static String hash(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        byte[] sum = ByteBuffer.allocate(8)
                .putInt((int) c.getValue())
                .putInt((int) d.getValue())
                .array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sum) + "-" + Integer.toString(bytes.length, 36);
    }
}
