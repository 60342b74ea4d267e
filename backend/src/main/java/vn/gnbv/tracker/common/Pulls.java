package vn.gnbv.tracker.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The HTTP side of a pull (funding lines, indicator values): JSON or CSV by Accept, and the paging headers. */
public final class Pulls {
    public static final String CSV = "text/csv";
    public static final MediaType CSV_UTF8 = new MediaType("text", "csv", "utf-8");

    private Pulls() {}

    /** Whether the client prefers CSV: the first acceptable type (by q) that is CSV or JSON decides; JSON by default. */
    public static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isWildcardType()) {
                return false;
            }
            if ("text".equals(t.getType()) && "csv".equals(t.getSubtype())) {
                return true;
            }
            if (t.getSubtype().endsWith("json")) {
                return false;
            }
        }
        return false;
    }

    /** A JSON page: its body, the next page as a Link, the page size applied and the sync token. */
    public static Response json(PullPage<?> page, UriInfo uri) {
        return headers(Response.ok(page, MediaType.APPLICATION_JSON_TYPE), page.next(), page.limit(), uri)
                .header("Sync-Token", page.syncToken())
                .build();
    }

    /** A JSON page written from the rows: its bytes, their ETag, the next page as a Link, page size, sync token. */
    public static Response json(JsonPull.Page page, UriInfo uri) {
        return headers(Response.ok(page.body(), MediaType.APPLICATION_JSON_TYPE), page.next(), page.limit(), uri)
                .header(HttpHeaders.ETAG, page.etag())
                .header("Sync-Token", page.syncToken())
                .build();
    }

    /** A memoised JSON page: its packed body (sent gzipped or not by HttpCaching) and the same headers. */
    public static Response json(PageMemo.Page page, UriInfo uri) {
        return headers(Response.ok(page.body(), MediaType.APPLICATION_JSON_TYPE), page.next(), page.limit(), uri)
                .header(HttpHeaders.ETAG, page.body().etag())
                .header("Sync-Token", page.syncToken())
                .build();
    }

    /** A CSV page, streamed: its fingerprint as ETag, the next page as a Link, the page size applied. */
    public static Response csv(CsvStream.Page page, UriInfo uri) {
        return headers(Response.ok(page.body(), CSV_UTF8), page.next(), page.limit(), uri)
                .header(HttpHeaders.ETAG, page.etag())
                .build();
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder r, String next, int limit, UriInfo uri) {
        r.header("Page-Limit", limit);
        if (next != null) {
            r.header(
                    "Link",
                    "<"
                            + uri.getRequestUriBuilder()
                                    .replaceQueryParam("cursor", next)
                                    .build() + ">; rel=\"next\"");
        }
        return r;
    }
}
