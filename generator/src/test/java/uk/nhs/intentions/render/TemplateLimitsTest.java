package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.BuildOptions;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.testing.TestSites;

/**
 * A faulty theme stops with an error at the template line, within the limits: an endless #list (time, on a
 * clock that advances 0.1 s each time it is read), an endless macro recursion (depth), a runaway page
 * (size). Errors name the user's template file; FreeMarker's reason is given in full.
 */
class TemplateLimitsTest {
    @TempDir
    Path dir;

    /** A clock that moves 0.1 s forward on every reading (a page reads it every 256 template elements). */
    private static TemplateLimits ticking() {
        // one clock per rendering thread: pages render in parallel, and a shared clock would let the endless
        // page's ticks run out another page's time, stopping whichever page happened to read it next
        ThreadLocal<AtomicLong> now = ThreadLocal.withInitial(AtomicLong::new);
        return TemplateLimits.standard().withClock(() -> now.get().addAndGet(100_000_000L));
    }

    private List<String> build(String homeTemplate, TemplateLimits limits) {
        Path config = TestSites.write(dir.resolve("src"), "-- themes/default/templates/home.ftlh --\n"
                + homeTemplate);
        BuildResult r = SiteBuild.build(config, BuildOptions.defaults().withOut(dir.resolve("out"))
                .withForce(true).withLimits(limits));
        assertFalse(Files.exists(dir.resolve("out")), "nothing is published");
        return r.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void anEndlessListIsStoppedAtItsLineWhenThePageRunsOutOfTime() {
        assertEquals(List.of("themes/default/templates/home.ftlh:1:17: error: the page took longer than 20 s to render"
                + " and was stopped here; a #list over an endless range (such as 1..) or a loop that never ends?"),
                build("<#list 1.. as i>${i}</#list>\n", ticking()));
    }

    @Test
    void anEndlessEmptyListIsStoppedToo() {
        assertEquals(List.of("themes/default/templates/home.ftlh:2:1: error: the page took longer than 20 s to render"
                + " and was stopped here; a #list over an endless range (such as 1..) or a loop that never ends?"),
                build("<p>\n<#list 1.. as i></#list>\n", ticking()));
    }

    @Test
    void anEndlessMacroRecursionIsStoppedAtTheCall() {
        assertEquals(List.of("themes/default/templates/home.ftlh:1:13: error: templates nest more than 500 levels deep"
                + " here; a macro probably calls itself without end"),
                build("<#macro m n><@m n=n+1/></#macro><@m n=0/>\n", TemplateLimits.standard()));
    }

    @Test
    void aPageThatGrowsWithoutEndIsStopped() {
        TemplateLimits small = new TemplateLimits(java.time.Duration.ofHours(1), 500, 1 << 20, System::nanoTime);
        assertEquals(List.of("themes/default/templates/home.ftlh:1:17: error: the page grew past 1 MiB and was stopped"
                + " here; a #list over an endless range (such as 1..) or a loop that never ends?"),
                build("<#list 1.. as i>${i}</#list>\n", small));
    }

    @Test
    void aTemplateErrorGivesFreeMarkersReasonInFull() {
        List<String> d = build("<p>${nosuch.value}</p>\n", TemplateLimits.standard());
        assertEquals(1, d.size(), d::toString);
        String want = "themes/default/templates/home.ftlh:1:6: error: template error: The following has evaluated to"
                + " null or missing: ==> nosuch  [in template \"home.ftlh\" at line 1, column 6]";
        assertEquals(want, d.get(0).substring(0, Math.min(want.length(), d.get(0).length())), d.get(0));
    }
}
