package vn.gnbv.tracker.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Large funding-line files built in memory: row i (1-based) lies in one of four districts of old Cà Mau (96), which
 * no other suite uses, has implementing body "Đơn vị thực hiện số i" (so every key is distinct) and an amount that
 * tells the row back.
 */
final class BigCsv {
    static final String[] UNITS = {"964", "966", "967", "968"};

    private BigCsv() {}

    static String unit(int i) {
        return UNITS[i % UNITS.length];
    }

    static int year(int i) {
        return 2021 + i % 5;
    }

    static String body(int i) {
        return "Đơn vị thực hiện số " + i;
    }

    static long amount(int i) {
        return i * 1000L + 7;
    }

    /** Rows 1..n of {@code program}; row {@code badRow} (0: none) names a unit that does not exist. */
    static byte[] funding(String program, int n, int badRow) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(n * 90);
        StringBuilder sb = new StringBuilder(UploadFixtures.HEADER).append('\n');
        for (int i = 1; i <= n; i++) {
            sb.append(program)
                    .append(",DA2,")
                    .append(i == badRow ? "99999" : unit(i))
                    .append(',')
                    .append(year(i))
                    .append(",CENTRAL,RECURRENT,ASSIGNED,")
                    .append(body(i))
                    .append(',')
                    .append(amount(i))
                    .append('\n');
            if (sb.length() > 1 << 16) {
                out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
                sb.setLength(0);
            }
        }
        out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
