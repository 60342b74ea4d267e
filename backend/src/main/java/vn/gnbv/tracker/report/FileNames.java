package vn.gnbv.tracker.report;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * A file's name in {@code Content-Disposition}, both ways (RFC 6266): read from an upload's header
 * ({@code filename*=UTF-8''…} first, else {@code filename=}), written for a download with an ASCII fallback.
 */
final class FileNames {
    static final String HEADER = "Content-Disposition";
    static final int MAX = 255;

    private FileNames() {}

    /** The name the header gives, NFC and without any directory part; {@code fallback} when it gives none. */
    static String parse(String header, String fallback) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        String plain = null;
        String extended = null;
        for (String param : params(header)) {
            int eq = param.indexOf('=');
            if (eq < 0) {
                continue; // the disposition type (attachment, inline, form-data)
            }
            String name = param.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = param.substring(eq + 1).strip();
            if (name.equals("filename*")) {
                extended = extended(value);
            } else if (name.equals("filename")) {
                plain = plain(value);
            }
        }
        String raw = extended != null ? extended : plain;
        if (raw == null) {
            return fallback;
        }
        // Some clients send C:\Users\…\file.docx; only the last segment is the file's name.
        String name = Normalizer.normalize(
                        raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1), Normalizer.Form.NFC)
                .strip();
        if (name.isEmpty()) {
            return fallback;
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw refused(ViolationCode.INVALID_CHARACTER, "The file name holds a control character");
        }
        if (name.length() > MAX) {
            throw refused(ViolationCode.TOO_LONG, "The file name has more than " + MAX + " characters");
        }
        return name;
    }

    /** {@code attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded UTF-8>}. */
    static String attachment(String name) {
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + percent(name);
    }

    /** Parameters split at semicolons outside quotes. */
    private static List<String> params(String header) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < header.length()) {
                cur.append(c).append(header.charAt(++i));
                continue;
            } else if (c == ';' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }

    /** RFC 8187 {@code charset'language'value}: UTF-8 only, strictly percent-decoded. */
    private static String extended(String value) {
        String[] parts = value.split("'", 3);
        if (parts.length != 3 || !parts[0].equalsIgnoreCase("UTF-8")) {
            throw refused(ViolationCode.INVALID_FORMAT, "filename* must be UTF-8''<percent-encoded name>");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String s = parts[2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()
                        || Character.digit(s.charAt(i + 1), 16) < 0
                        || Character.digit(s.charAt(i + 2), 16) < 0) {
                    throw refused(ViolationCode.INVALID_FORMAT, "filename* has a malformed percent-encoding");
                }
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        String decoded = utf8(bytes.toByteArray());
        if (decoded == null) {
            throw refused(ViolationCode.INVALID_ENCODING, "filename* is not UTF-8");
        }
        return decoded;
    }

    /**
     * A quoted string or a token. Header bytes arrive as ISO-8859-1 characters; a client that wrote the name in raw
     * UTF-8 (as browsers do in forms) is read as it meant it.
     */
    private static String plain(String value) {
        String v = value;
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        if (v.chars().allMatch(c -> c < 256) && v.chars().anyMatch(c -> c >= 128)) {
            byte[] raw = v.getBytes(StandardCharsets.ISO_8859_1);
            String utf8 = utf8(raw);
            if (utf8 != null) {
                return utf8;
            }
        }
        return v;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Diacritics dropped (đ → d), anything else outside printable ASCII, quotes and backslashes as {@code _}. */
    private static String ascii(String name) {
        String folded = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        folded.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 8187 attr-chars kept, every other byte of the UTF-8 encoding as %XX. */
    private static String percent(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static ApiException refused(ViolationCode code, String message) {
        return ApiException.badParam(HEADER, code, message);
    }
}
