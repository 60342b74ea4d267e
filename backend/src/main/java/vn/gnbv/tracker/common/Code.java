package vn.gnbv.tracker.common;

/**
 * A code or identifier given as a request parameter (unit, program, component, indicator, category, user): NFC and
 * trimmed, never blank (a blank parameter is absent). Whether it names anything is for the service that looks it up.
 * A {@link CharSequence}, so {@code @Pattern} and {@code @Size} apply to it as to a string.
 */
public record Code(String value) implements CharSequence {
    public Code {
        value = Text.clean(value);
        if (value == null) {
            throw new IllegalArgumentException("blank code");
        }
    }

    /** The code's text, or null for an absent parameter. */
    public static String text(Code code) {
        return code == null ? null : code.value;
    }

    @Override
    public int length() {
        return value.length();
    }

    @Override
    public char charAt(int index) {
        return value.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return value.subSequence(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
