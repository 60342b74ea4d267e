package vn.gnbv.tracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ViolationCode;

/** A report's original document as received: checked against its declared type, named, hashed. */
record ReportUpload(String fileName, String mediaType, byte[] content, String sha256) {
    /** The types a report's document may have, with how their bytes begin and the extension of a default name. */
    enum Type {
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        PDF("application/pdf", "pdf"),
        TEXT("text/plain; charset=utf-8", "txt");

        final String mediaType;
        final String extension;

        Type(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    /** The type a Content-Type names: 415 for any other type, or for text in another charset than UTF-8. */
    static Type type(String contentType) {
        String[] parts = (contentType == null ? "" : contentType)
                .toLowerCase(Locale.ROOT)
                .split(";");
        String base = parts[0].strip();
        for (Type t : Type.values()) {
            if (t.mediaType.split(";")[0].equals(base)) {
                if (t == Type.TEXT) {
                    checkCharset(parts);
                }
                return t;
            }
        }
        throw new ApiException(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "A report's file is a Word document (" + Type.DOCX.mediaType + "), a PDF (application/pdf) or"
                        + " UTF-8 text (text/plain; charset=utf-8)");
    }

    /**
     * Reads at most {@code limit} bytes: a declared Content-Length above it is refused before a byte is read, and a
     * body that runs past it (declared or not) as soon as it does. 413 either way; nothing is kept.
     */
    static byte[] read(InputStream body, String contentLength, long limit) {
        long declared = declared(contentLength);
        if (declared > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 8192), limit));
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try (InputStream in = body) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                total += n;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new ApiException(ErrorCode.INCOMPLETE_BODY, "The file was not received completely");
        }
        return out.toByteArray();
    }

    /** The received bytes, if they are what {@code type} says; 422 otherwise. */
    static ReportUpload of(Type type, String fileName, byte[] content) {
        if (content.length == 0) {
            throw ApiException.invalid("body", ViolationCode.MISSING, "The file is empty");
        }
        switch (type) {
            case DOCX -> expect(content, ZIP, "A Word document (.docx) is a ZIP archive and starts with PK");
            case PDF -> expect(content, PDF_MAGIC, "A PDF starts with %PDF-");
            case TEXT -> checkUtf8(content);
        }
        return new ReportUpload(fileName, type.mediaType, content, sha256(content));
    }

    private static void expect(byte[] content, byte[] magic, String what) {
        boolean ok = content.length >= magic.length;
        for (int i = 0; ok && i < magic.length; i++) {
            ok = content[i] == magic[i];
        }
        if (!ok) {
            throw new ApiException(
                    ErrorCode.CONTENT_MISMATCH, "The file's bytes do not match its Content-Type: " + what);
        }
    }

    private static void checkUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw new ApiException(
                    ErrorCode.INVALID_ENCODING,
                    "The text is not valid UTF-8 (text/plain; charset=utf-8); convert it, or send the original"
                            + " document as .docx or PDF");
        }
    }

    private static void checkCharset(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("charset=")) {
                String cs = p.substring(8).replace("\"", "").strip();
                if (!cs.equals("utf-8") && !cs.equals("utf8")) {
                    throw new ApiException(
                            ErrorCode.UNSUPPORTED_ENCODING, "Text files are UTF-8; charset " + cs + " is not accepted");
                }
            }
        }
    }

    private static long declared(String contentLength) {
        if (contentLength == null || contentLength.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static ApiException tooLarge(long limit) {
        String max = limit % (1 << 20) == 0 ? (limit >> 20) + " MiB" : limit + " bytes";
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "A report's file takes at most " + max);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
