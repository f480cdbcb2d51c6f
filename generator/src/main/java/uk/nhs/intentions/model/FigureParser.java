package uk.nhs.intentions.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Parses a figure written as the public-finance document prints it: {@code "653,130"}, {@code "(3,874)"}
 * (negative), {@code "5.46%"}, {@code "£13.7m"}, {@code "0"}. A figure with no unit marker takes
 * {@code defaultUnit}. Malformed figures give a message saying what was expected.
 */
public final class FigureParser {
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
    private static final String EXAMPLES = "such as `653,130`, `(3,874)`, `5.46%` or `£13.7m`";

    private FigureParser() {
    }

    /** Either a figure or the reason the text is not one. */
    public sealed interface Result {
        /** The text is a figure. */
        record Parsed(Figure figure) implements Result {
        }

        /** The text is not a figure; {@code message} says why and what was expected. */
        record Invalid(String message) implements Result {
        }

        default Optional<Figure> value() {
            return this instanceof Parsed p ? Optional.of(p.figure()) : Optional.empty();
        }

        default Optional<String> error() {
            return this instanceof Invalid i ? Optional.of(i.message()) : Optional.empty();
        }
    }

    public static Result parse(String text, Unit defaultUnit, SourcePos pos) {
        String printed = text.strip();
        if (printed.isEmpty()) {
            return fail("empty figure; write the figure as printed, " + EXAMPLES + ", or leave the cell out");
        }
        String s = printed;
        boolean negative = false;
        if (s.startsWith("(")) {
            if (!s.endsWith(")")) {
                return fail("malformed figure `" + Printable.of(printed) + "`: expected `)` to close the negative"
                        + " figure opened with `(`, e.g. `(3,874)`");
            }
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        } else if (s.endsWith(")")) {
            return fail("malformed figure `" + Printable.of(printed) + "`: expected `(` before the figure to match"
                    + " the closing `)`, e.g. `(3,874)`");
        } else if (s.startsWith("-") || s.startsWith("\u2212")) {
            negative = true;
            s = s.substring(1).strip();
        }
        Unit unit = defaultUnit;
        boolean pounds = false;
        if (s.startsWith("£")) {
            pounds = true;
            s = s.substring(1);
            unit = Unit.POUNDS;
        }
        if (s.endsWith("%")) {
            if (pounds) {
                return fail("malformed figure `" + Printable.of(printed) + "`: expected either `£` or `%`, not both");
            }
            unit = Unit.PERCENT;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("m") && pounds) {
            unit = Unit.MILLIONS;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("m") || s.endsWith("k")) {
            return fail("malformed figure `" + Printable.of(printed) + "`: expected `£` before an amount in"
                    + " millions, e.g. `£13.7m`");
        }
        if (!GROUPED.matcher(s).matches() && !PLAIN.matcher(s).matches()) {
            if (s.contains(",") && s.matches("[\\d,]+(\\.\\d+)?")) {
                return fail("malformed figure `" + Printable.of(printed) + "`: expected digits grouped in threes"
                        + " between commas, e.g. `1,234,567`");
            }
            return fail("malformed figure `" + Printable.of(printed) + "`: expected a number as printed, "
                    + EXAMPLES);
        }
        String digits = s.replace(",", "");
        BigDecimal value = new BigDecimal(digits);
        if (negative) {
            value = value.negate();
        }
        Matcher dot = Pattern.compile("\\.(\\d+)$").matcher(digits);
        int decimals = dot.find() ? dot.group(1).length() : 0;
        return new Result.Parsed(new Figure(printed, value, unit, decimals, pos));
    }

    private static Result fail(String message) {
        return new Result.Invalid(message);
    }
}
