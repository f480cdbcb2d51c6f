package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.load.ParseCache;

/**
 * Each kind of edit an author makes during {@code serve}, rebuilt with serve's caches (rendered pages and
 * parsed section files kept in memory, unchanged files hard-linked from the previous release), gives exactly
 * the bytes of a clean build of the edited site. Runs on the fictional example site, which has provider
 * groups, priorities and consultation rounds with snapshots.
 */
class IncrementalEditsTest {
    static final Path EXAMPLE = Path.of("..", "examples", "consultation").toAbsolutePath().normalize();
    static final String PLAN = "content/plans/exampleshire-2026-27/";

    @TempDir
    Path dir;

    /** An edit: the file, the text replaced, its replacement, and a page that must show the difference. */
    record Edit(String file, String from, String to, String page) {
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                edit("an intention's text", PLAN + "sections/1-planned-care.yml", "under 52 weeks",
                        "under 40 weeks", "plans/exampleshire-2026-27/intentions/1-1-waiting-times.html"),
                edit("a provider's group", "content/providers.yml",
                        "kind: voluntary\n    member_of: [all-providers]", "kind: voluntary\n    member_of: [acute-providers]",
                        "providers/acute-providers.html"),
                edit("a priority", "content/priorities.yml", "name: Diabetes", "name: Diabetes care",
                        "priorities/diabetes.html"),
                edit("a round snapshot", PLAN + "rounds/first-draft-2026-01.yml",
                        "Reduce the longest waits for planned treatment", "Cut the longest waits for planned treatment",
                        "plans/exampleshire-2026-27/changes/first-draft-2026-01.html"),
                edit("a narrative page's text", PLAN + "narrative/about-this-example.md",
                        "Everything in it is fictional.", "Everything in it is made up.",
                        "plans/exampleshire-2026-27/narrative/about-this-example.html"),
                edit("a meeting's notes", PLAN + "meetings/provider-forum.yml",
                        "title: Provider forum on the first draft (fictional)",
                        "title: Provider forum on the draft (fictional)",
                        "plans/exampleshire-2026-27/meetings/provider-forum.html"),
                edit("a template", "themes/default/templates/layout.ftlh", "from the plan's own files",
                        "from the plan's files", "index.html"));
    }

    private static Arguments edit(String name, String file, String from, String to, String page) {
        return Arguments.of(Named.of(name, new Edit(file, from, to, page)));
    }

    @ParameterizedTest
    @MethodSource("edits")
    void anEditRebuiltWithServesCachesEqualsACleanBuild(Edit edit) throws IOException {
        Path config = exampleSite();
        Path src = config.getParent();
        Path out = dir.resolve("serve-out");
        RenderCache pages = new RenderCache();
        ParseCache sections = new ParseCache();
        assertEquals(0, build(config, out, pages, sections).exitCode());
        Path page = out.resolve(edit.page());
        String before = Files.readString(page);

        apply(src, edit);
        BuildResult again = build(config, out, pages, sections);
        assertEquals(0, again.exitCode(), again.diagnostics().toString());
        assertNotEquals(before, Files.readString(page), "the edit shows on " + edit.page());

        BuildResult clean = SiteBuild.build(config, dir.resolve("clean"));
        assertEquals(0, clean.exitCode(), clean.diagnostics().toString());
        RenderCacheTest.assertSameTree(dir.resolve("clean"), out);
        if (!edit.file().startsWith("themes/")) {
            assertTrue(pages.stats().reused() > 0, "a content edit reuses unchanged pages: " + pages.stats());
        }
    }

    @org.junit.jupiter.api.Test
    void aSectionFileWithAProblemIsReportedOnEveryRebuildNotRememberedAsGood() throws IOException {
        Path config = exampleSite();
        Path section = config.resolveSibling(PLAN + "sections/1-planned-care.yml");
        String good = replaceIn(section, "  - id: 1-1-waiting-times", "  - id: 1-1-waiting-times\n    colour: red");
        RenderCache pages = new RenderCache();
        ParseCache sections = new ParseCache();
        for (int i = 0; i < 2; i++) {
            BuildResult r = build(config, dir.resolve("out"), pages, sections);
            assertEquals(1, r.exitCode());
            assertTrue(r.diagnostics().toString().contains("colour"), r.diagnostics().toString());
        }
        Files.writeString(section, good);
        assertEquals(0, build(config, dir.resolve("out"), pages, sections).exitCode());
        assertEquals(0, build(config, dir.resolve("out"), pages, sections).exitCode());
        assertTrue(sections.size() >= 2, "clean section files are kept: " + sections.size());
    }

    /**
     * A file serve keeps parsed, a line that breaks it (an unknown field) and the text it goes after, the files of
     * its kind serve holds, and how many while it is broken and once it is mended.
     */
    record Kept(String file, String after, String line, java.util.function.ToIntFunction<ParseCache> held,
            int whileBroken, int mended) {
    }

    static Stream<Arguments> keptFiles() {
        return Stream.of(
                // priorities and groups are kept throughout, providers.yml only once it reads cleanly
                Arguments.of(Named.of("a register", new Kept("content/providers.yml", "kind: voluntary\n",
                        "    colour: red\n", ParseCache::registers, 2, 3))),
                Arguments.of(Named.of("a narrative page", new Kept(PLAN + "narrative/about-this-example.md",
                        "number: 1\n", "colour: red\n", ParseCache::narrativePages, 0, 1))),
                Arguments.of(Named.of("a meeting", new Kept(PLAN + "meetings/provider-forum.yml",
                        "date: 2026-02-10\n", "colour: red\n", ParseCache::meetings, 0, 1))));
    }

    @ParameterizedTest
    @MethodSource("keptFiles")
    void aFileWithAProblemIsReportedOnEveryRebuildAndAnUnchangedCleanOneIsReadOnce(Kept k) throws IOException {
        Path config = exampleSite();
        Path file = config.resolveSibling(k.file());
        String good = replaceIn(file, k.after(), k.after() + k.line());
        RenderCache pages = new RenderCache();
        ParseCache cache = new ParseCache();
        for (int i = 0; i < 2; i++) {
            BuildResult r = build(config, dir.resolve("out"), pages, cache);
            assertEquals(1, r.exitCode());
            assertTrue(r.diagnostics().toString().contains(k.file()) && r.diagnostics().toString().contains("colour"),
                    r.diagnostics().toString());
            assertEquals(k.whileBroken(), k.held().applyAsInt(cache), "a file with a problem is read again every time");
        }
        Files.writeString(file, good);
        assertEquals(0, build(config, dir.resolve("out"), pages, cache).exitCode());
        assertEquals(k.mended(), k.held().applyAsInt(cache), "read cleanly, it is kept");
        assertEquals(0, build(config, dir.resolve("out"), pages, cache).exitCode());
        assertEquals(0, pages.stats().rendered(), "the kept file is the same: nothing to render again");
    }

    /** A copy of the example site in {@code src}, with the bundled theme beside it; its configuration. */
    private Path exampleSite() throws IOException {
        Path src = copy(EXAMPLE, dir.resolve("src"));
        copy(RenderCacheTest.BUNDLED.resolve("themes"), src.resolve("themes"));
        Path config = src.resolve("site-config.yml");
        Files.writeString(config, Files.readString(config).replace("themes: ../../themes", "themes: themes"));
        return config;
    }

    private static void apply(Path src, Edit edit) throws IOException {
        replaceIn(src.resolve(edit.file()), edit.from(), edit.to());
    }

    /** Replaces {@code from}, which the file must hold, with {@code to}; returns the text as it was. */
    static String replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
        return text;
    }

    private static BuildResult build(Path config, Path out, RenderCache pages, ParseCache sections) {
        return SiteBuild.build(config, BuildOptions.defaults().withOut(out).withCache(pages)
                .withParseCache(sections));
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            s.filter(p -> !from.relativize(p).startsWith("site") && !from.relativize(p).toString().startsWith(".")
                    || p.equals(from)).forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
