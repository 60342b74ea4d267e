package vn.gnbv.tracker.ingest;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * A request body that sends its first {@code head} bytes at once and the rest only after the gate opens, or, when
 * told to abort, then fails, so the client drops the connection half-way. Lets a test act while an upload's body is
 * still arriving, without sleeping.
 */
final class GatedStream extends InputStream {
    private final byte[] body;
    private final int head;
    private final CountDownLatch gate;
    private final boolean abort;
    private int pos;

    GatedStream(byte[] body, int head, CountDownLatch gate, boolean abort) {
        this.body = body;
        this.head = head;
        this.gate = gate;
        this.abort = abort;
    }

    /**
     * POSTs the stream to the upload-job endpoint of funding lines with java.net.http (REST Assured sends a body
     * whole), as CSV, with the token and, unless null, the Idempotency-Key.
     */
    static CompletableFuture<HttpResponse<String>> startJob(String token, String key, GatedStream body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + UploadFixtures.JOBS + "?dataset=" + UploadFixtures.FUNDING))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .header("Accept", Upload.ANY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (pos == head) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            if (abort) {
                throw new IOException("the client gives up half-way");
            }
        }
        if (pos >= body.length) {
            return -1;
        }
        int n = Math.min(len, (pos < head ? head : body.length) - pos);
        System.arraycopy(body, pos, b, off, n);
        pos += n;
        return n;
    }
}
