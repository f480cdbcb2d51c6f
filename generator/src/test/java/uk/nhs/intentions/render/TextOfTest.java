package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import java.util.SplittableRandom;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

/** Plain text of Markdown, for descriptions and search: the fast path must agree with the full parser. */
class TextOfTest {
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private static String slow(String md) {
        return TEXT.render(PARSER.parse(md)).replaceAll("\\s+", " ").strip();
    }

    @Test
    void plainSentencesTakeTheFastPathAndAgreeWithTheParser() {
        SplittableRandom r = new SplittableRandom(7);
        String alphabet = "abcdefghij KLMNOP 0123456789 ,.;:()'/?%-";
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder().append((char) ('A' + r.nextInt(26)));
            int len = r.nextInt(60);
            for (int k = 0; k < len; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String md = b.toString() + (r.nextBoolean() ? "\n" : "");
            assertEquals(slow(md), TextOf.markdown(md), md);
        }
    }

    @Test
    void markdownBecomesItsTextWithSpacesCollapsed() {
        assertEquals("Manage patients: - annual review - specialist \"advice\" (https://x.nhs.uk)",
                TextOf.markdown("Manage *patients*:\n\n- annual   review\n- specialist [advice](https://x.nhs.uk)\n"));
        assertEquals("", TextOf.markdown("  \n "));
    }

    @Test
    void plainListsAndParagraphsTakeTheFastPathAndAgreeWithTheParser() {
        SplittableRandom r = new SplittableRandom(11);
        // line starts and characters that are Markdown somewhere, beside plain words
        List<String> starts = List.of("", "- ", "-", "--", "- - -", "1. ", "2) ", "* ", "+ ", " ", "    ", "# ", "> ",
                "=", "---", "===", "\t", "- 1", "-  ", "Reduction in ", "- Work with ");
        String alphabet = "abcdefghij KLMNOP 0123456789 ,.;:()'/?%-*_`[]<>&#!|~\\=+\"";
        int taken = 0;
        for (int n = 0; n < 30000; n++) {
            boolean plainish = n % 3 == 0; // a third start every line as plain writing does
            StringBuilder b = new StringBuilder();
            int lines = 1 + r.nextInt(5);
            for (int l = 0; l < lines; l++) {
                b.append(plainish ? (r.nextBoolean() ? "- Work with " : "Reduction in ")
                        : starts.get(r.nextInt(starts.size())));
                int len = r.nextInt(30);
                for (int k = 0; k < len; k++) {
                    b.append(alphabet.charAt(r.nextInt(plainish || r.nextInt(3) != 0 ? 40 : alphabet.length())));
                }
                b.append(r.nextInt(4) == 0 ? "\n\n" : r.nextInt(6) == 0 ? "  \n" : "\n");
            }
            String md = b.toString();
            if (TextOf.plainLines(md)) {
                taken++;
            }
            assertEquals(slow(md), TextOf.markdown(md), md);
        }
        assertTrue(taken > 5000, "the fast path is taken often: " + taken);
    }

    @Test
    void aListOfPlainItemsIsPlainAndMarkupIsNot() {
        assertTrue(TextOf.plainLines("Work with providers to cut waiting times.\n\n- Reduction in waiting\n"
                + "- Review of pathways (2008/09)\n"));
        for (String md : List.of("- *em*", "1. item", "- - -", "Title\n---", "Title\n===", "- ", "-", "  - nested",
                "    code", "> quote", "# Heading", "a & b", "a <b>", "[l](u)", "a `c`", "- 1 item", "* item",
                "line\\", "a\tb")) {
            assertFalse(TextOf.plainLines(md), md);
        }
    }
}
