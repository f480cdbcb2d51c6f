package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.load.ConfigLoader;
import uk.nhs.intentions.load.ContentLoader;
import uk.nhs.intentions.load.SiteConfig;
import uk.nhs.intentions.render.pages.SitePages;
import uk.nhs.intentions.synth.SyntheticSite;

/** Rendering straight to UTF-8 gives the same bytes as rendering a String and encoding it. */
class Utf8RenderTest {
    @TempDir
    Path dir;

    @Test
    void writerEncodesLikeStringGetBytes() {
        char[] alphabet = {'a', 'Z', ' ', '<', 'é', '£', '–', '“', '·', '\u0800', '\uffff', '\ud83d', '\ude00',
            '\ud800', '\udfff', '\n', '\u007f', '\u0080', '\u07ff'};
        SplittableRandom r = new SplittableRandom(11);
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(30);
            for (int k = 0; k < len; k++) {
                b.append(alphabet[r.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            Utf8Writer w = new Utf8Writer(1);
            int cut = s.isEmpty() ? 0 : r.nextInt(s.length());
            w.write(s, 0, cut); // split anywhere, even inside a surrogate pair
            w.write(s.substring(cut).toCharArray(), 0, s.length() - cut);
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), w.toByteArray(), s);
        }
    }

    @Test
    void everyPageOfASyntheticSiteRendersToTheSameBytes() throws IOException {
        SyntheticSite.generate(dir.resolve("site"), 150, 2);
        Diagnostics diags = new Diagnostics();
        SiteConfig config = ConfigLoader.load(dir.resolve("site/site-config.yml"), diags).orElseThrow();
        RenderContext ctx = new RenderContext(new SiteIndex(ContentLoader.load(config, diags).orElseThrow()),
                new MarkdownRenderer());
        PageRenderer renderer = new PageRenderer(new TemplateEngine(config.themesDir(), config.settings().theme()),
                config.settings());
        List<Page> pages = SitePages.collect(ctx, SitePages.standard());
        assertTrue(pages.size() > 150);
        for (Page p : pages) {
            assertArrayEquals(renderer.render(p).getBytes(StandardCharsets.UTF_8), renderer.renderUtf8(p), p.path());
        }
    }
}
