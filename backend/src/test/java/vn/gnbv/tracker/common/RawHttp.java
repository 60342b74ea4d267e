package vn.gnbv.tracker.common;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A plain socket to the test server, for what an HTTP client library would not send: partial or lying requests. */
final class RawHttp implements AutoCloseable {
    final Socket socket;

    RawHttp(int readTimeoutMillis) throws IOException {
        socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(readTimeoutMillis);
    }

    void send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** Everything the server sends until it closes the connection (or the read timeout passes). */
    String readUntilClosed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            return out.toString(StandardCharsets.UTF_8) + "\n<still open>";
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
