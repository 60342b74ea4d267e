package vn.gnbv.tracker.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the documents name it: a year {@code 2024}, a half {@code 2024H1}, a quarter
 * {@code 2024Q3}, a month {@code 2024-05} or a multi-year phase {@code 2021/2025}. The canonical id is what is stored
 * and compared; start and end are inclusive dates, so periods of different granularity can be compared by overlap.
 */
public record Period(String id, LocalDate start, LocalDate end) {
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-?(\\d{2})");
    private static final Pattern PHASE = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{4})");

    public static final String FORMATS = "2024, 2024H1, 2024Q1, 2024-05 or 2021/2025";

    /** Parses leniently (case, surrounding blanks, {@code 202405}, {@code 2021-2025}); empty when not a period. */
    public static Optional<Period> tryParse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip().toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = YEAR.matcher(s)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return inRange(y) ? Optional.of(of(s, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))) : Optional.empty();
        }
        if ((m = HALF.matcher(s)).matches()) {
            return months(m.group(1), (Integer.parseInt(m.group(2)) - 1) * 6 + 1, 6, s);
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return months(m.group(1), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 3, s);
        }
        if ((m = MONTH.matcher(s)).matches()) {
            int month = Integer.parseInt(m.group(2));
            return month < 1 || month > 12
                    ? Optional.empty()
                    : months(m.group(1), month, 1, m.group(1) + "-" + m.group(2));
        }
        if ((m = PHASE.matcher(s)).matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            // A phase spans at least two years; "2024/2024" is just the year and must be written so.
            if (!inRange(from) || !inRange(to) || to <= from) {
                return Optional.empty();
            }
            return Optional.of(of(from + "/" + to, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)));
        }
        return Optional.empty();
    }

    /** Parses a body field: anything else is a 422 naming the field. */
    public static Period field(String field, String raw) {
        return tryParse(raw)
                .orElseThrow(() -> ApiException.invalid(field, ViolationCode.INVALID_PERIOD, message(field, raw)));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !end.isBefore(from) && !start.isAfter(to);
    }

    private static String message(String name, String raw) {
        return name + " '" + raw + "' is not a period; use " + FORMATS;
    }

    private static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static Optional<Period> months(String year, int firstMonth, int count, String id) {
        int y = Integer.parseInt(year);
        if (!inRange(y)) {
            return Optional.empty();
        }
        YearMonth first = YearMonth.of(y, firstMonth);
        YearMonth last = first.plusMonths(count - 1L);
        return Optional.of(of(id, first.atDay(1), last.atEndOfMonth()));
    }

    private static Period of(String id, LocalDate start, LocalDate end) {
        return new Period(id, start, end);
    }
}
