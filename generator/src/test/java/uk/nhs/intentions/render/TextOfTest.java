package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
