package uk.nhs.intentions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.MiniSite;

class FigureParserTest {
    private static final SourcePos AT = new SourcePos("t.yml", 3, 12);

    private static Figure ok(String text) {
        FigureParser.Result r = FigureParser.parse(text, Unit.THOUSANDS, AT);
        assertTrue(r.error().isEmpty(), () -> "unexpected error: " + r.error());
        return r.value().orElseThrow();
    }

    private static String error(String text) {
        FigureParser.Result r = FigureParser.parse(text, Unit.THOUSANDS, AT);
        assertTrue(r.value().isEmpty());
        return r.error().orElseThrow();
    }

    @Test
    void negativeInParentheses() {
        Figure f = ok("(3,874)");
        assertEquals(0, f.value().compareTo(new BigDecimal(-3874)));
        assertEquals(Unit.THOUSANDS, f.unit());
        assertEquals("(3,874)", f.printed());
        assertTrue(f.isNegative());
        assertEquals(0, f.base().compareTo(new BigDecimal(-3_874_000)));
    }

    @Test
    void thousandsSeparators() {
        Figure f = ok("653,130");
        assertEquals(0, f.value().compareTo(new BigDecimal(653130)));
        assertEquals(0, f.decimals());
        assertEquals(0, ok("0").value().signum());
    }

    @Test
    void percentage() {
        Figure f = ok("5.46%");
        assertEquals(Unit.PERCENT, f.unit());
        assertEquals(0, f.value().compareTo(new BigDecimal("5.46")));
        assertEquals(2, f.decimals());
        assertEquals(0, f.halfUnit().compareTo(new BigDecimal("0.005")));
        assertEquals(0, ok("(3%)").value().compareTo(new BigDecimal(-3)));
    }

    @Test
    void millions() {
        Figure f = ok("£13.7m");
        assertEquals(Unit.MILLIONS, f.unit());
        assertEquals(0, f.value().compareTo(new BigDecimal("13.7")));
        assertEquals(0, f.base().compareTo(new BigDecimal(13_700_000)));
    }

    @Test
    void rejectsBadGrouping() {
        assertEquals("malformed figure `1,2,3`: expected digits grouped in threes between commas, e.g. `1,234,567`",
                error("1,2,3"));
    }

    @Test
    void rejectsUnclosedNegative() {
        assertEquals("malformed figure `(12`: expected `)` to close the negative figure opened with `(`, e.g."
                + " `(3,874)`", error("(12"));
    }

    @Test
    void rejectsOtherText() {
        assertEquals("malformed figure `12a`: expected a number as printed, such as `653,130`, `(3,874)`, `5.46%`"
                + " or `£13.7m`", error("12a"));
        assertEquals("empty figure; write the figure as printed, such as `653,130`, `(3,874)`, `5.46%` or"
                + " `£13.7m`, or leave the cell out", error(" "));
    }

    @Test
    void malformedFiguresInAFileArePositioned(@TempDir Path tmp) {
        List<String> d = MiniSite.withBudgets(tmp, "malformed.yml").diagnostics();
        assertEquals(List.of(
                "content/plans/test-plan/budgets/malformed.yml:6:12: error: malformed figure `1,2,3`: expected digits"
                        + " grouped in threes between commas, e.g. `1,234,567`",
                "content/plans/test-plan/budgets/malformed.yml:9:12: error: malformed figure `(12`: expected `)` to"
                        + " close the negative figure opened with `(`, e.g. `(3,874)`"), d);
    }
}
