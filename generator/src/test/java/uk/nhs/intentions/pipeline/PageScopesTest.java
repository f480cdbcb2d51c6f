package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.nhs.intentions.load.ParseCache;
import uk.nhs.intentions.testing.MultiPlanSite;

/**
 * The dependency record behind incremental builds ({@link PageScopes}), on the fictional multi-plan fixture:
 * pages that say they read only their own plan's text really do (two clean builds, before and after another
 * plan's wording changes, agree on them), and a rebuild with serve's caches, which leaves such pages alone
 * without building their models, gives exactly the bytes of a clean build, whatever kind of edit was made.
 */
class PageScopesTest {
    static final String NORTH = "content/plans/north-2008-09/sections/1-acute.yml";
    static final String NORTH_PLAN = "plans/north-2008-09/";

    @TempDir
    Path dir;

    @Test
    void changingOnePlansWordingChangesNoFileInAnotherPlansFolder() throws IOException {
        Path config = MultiPlanSite.copy(dir.resolve("src"));
        assertEquals(0, SiteBuild.build(config, dir.resolve("before")).exitCode());
        MultiPlanSite.edit(dir.resolve("src"), NORTH, "Buy more hospice beds.",
                "Buy more hospice beds, and the nurses to staff them.");
        MultiPlanSite.edit(dir.resolve("src"), NORTH, "outcomes: Shorter stays.",
                "outcomes: Shorter stays in hospital.");
        assertEquals(0, SiteBuild.build(config, dir.resolve("after")).exitCode());

        assertOutsideTheEditUnchanged(20, p -> p.startsWith("plans/") && !p.startsWith(NORTH_PLAN),
                NORTH_PLAN + "intentions/1-2-north-hospice-beds.html");
        assertEquals(SiteBuildTest.tree(dir.resolve("before")).keySet(),
                SiteBuildTest.tree(dir.resolve("after")).keySet());
    }

    /**
     * Between the clean builds in before/ and after/: more than {@code atLeast} files match {@code outside}, each
     * unchanged, and {@code edited} changed.
     */
    private void assertOutsideTheEditUnchanged(int atLeast, java.util.function.Predicate<String> outside,
            String edited) throws IOException {
        Map<String, byte[]> before = SiteBuildTest.tree(dir.resolve("before"));
        Map<String, byte[]> after = SiteBuildTest.tree(dir.resolve("after"));
        List<String> untouched = before.keySet().stream().filter(outside).toList();
        assertTrue(untouched.size() > atLeast, "files outside the edit's reach: " + untouched);
        for (String p : untouched) {
            assertArrayEquals(before.get(p), after.get(p), p + " changed though the edit was elsewhere");
        }
        assertFalse(Arrays.equals(before.get(edited), after.get(edited)), edited + " shows the edit");
    }

    @Test
    void changingOneSectionsWordingChangesNoIntentionOrSectionPageOfAnotherSection() throws IOException {
        // the real plan's copy: nine sections; the edit keeps the length, so no file changes size
        Path config = RenderCacheTest.copyBundledSite(dir.resolve("src"));
        assertEquals(0, SiteBuild.build(config, dir.resolve("before")).exitCode());
        MultiPlanSite.edit(dir.resolve("src"), RenderCacheTest.URGENT, "Reduction in emergency bed days",
                "Reduction in emergency bed nights");
        assertEquals(0, SiteBuild.build(config, dir.resolve("after")).exitCode());

        String plan = "plans/west-herts-2008-09/";
        assertOutsideTheEditUnchanged(40,
                p -> p.startsWith(plan + "intentions/") && !p.startsWith(plan + "intentions/3-")
                        || p.startsWith(plan + "sections/") && !p.equals(plan + "sections/urgent-care.html"),
                plan + "sections/urgent-care.html");
    }

    @Test
    void oneIntentionsWordingChangesOnlyItsOwnPagesAndThoseOfTheProvidersItReaches() throws IOException {
        // 3.1 asks "All acute providers": the group's page and its two members' pages show its outcome
        Path config = RenderCacheTest.copyBundledSite(dir.resolve("src"));
        // no PDFs: their sizes, shown on the plan's pages, would change with any wording
        Files.writeString(config, Files.readString(config)
                + "documents:\n  board_pack: false\n  provider_packs: none\n");
        assertEquals(0, SiteBuild.build(config, dir.resolve("before")).exitCode());
        MultiPlanSite.edit(dir.resolve("src"), RenderCacheTest.URGENT, "Reduction in emergency bed days",
                "Reduction in emergency bed nights");
        assertEquals(0, SiteBuild.build(config, dir.resolve("after")).exitCode());

        Map<String, byte[]> before = SiteBuildTest.tree(dir.resolve("before"));
        Map<String, byte[]> after = SiteBuildTest.tree(dir.resolve("after"));
        assertEquals(before.keySet(), after.keySet());
        String plan = "plans/west-herts-2008-09/";
        assertEquals(new java.util.TreeSet<>(List.of(
                plan + "data/datapackage.json", plan + "data/intentions.csv", plan + "data/plan.json",
                plan + "intentions/3-1-short-stay-emergencies.html", plan + "sections/urgent-care.html",
                "providers/all-acute-providers.html", "providers/east-north-herts-trust.html",
                "providers/west-herts-hospitals.html", "search-index.js")),
                before.keySet().stream().filter(p -> !Arrays.equals(before.get(p), after.get(p)))
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
    }

    @Test
    void aWordingEditInServeLeavesOtherSectionsPagesAloneAndEqualsACleanBuild() throws IOException {
        Path config = RenderCacheTest.copyBundledSite(dir.resolve("src"));
        Path out = dir.resolve("serve-out");
        RenderCache pages = new RenderCache();
        ParseCache sections = new ParseCache();
        assertEquals(0, build(config, out, pages, sections).exitCode());
        MultiPlanSite.edit(dir.resolve("src"), RenderCacheTest.URGENT, "Reduction in emergency bed days",
                "Reduction in emergency bed nights");
        BuildResult again = build(config, out, pages, sections);
        assertEquals(0, again.exitCode(), again.diagnostics().toString());
        assertEquals(0, SiteBuild.build(config, dir.resolve("clean")).exitCode());
        RenderCacheTest.assertSameTree(dir.resolve("clean"), out);
        // the plan has 9 sections; the urgent-care section's pages and the whole-site pages had their models
        // built, the rest were left as they were
        assertTrue(pages.stats().untouched() > 50, "pages of other sections left alone: " + pages.stats());
        assertTrue(pages.stats().renderedPaths().contains(
                "plans/west-herts-2008-09/intentions/3-1-short-stay-emergencies.html"), pages.stats().toString());
    }

    @Test
    void anIntentionMovedDownTheFileKeepsItsDigestAndOneWhoseTextChangedDoesNot() throws IOException {
        // no page shows where in its file an intention was written: moving it (two lines down here) must not make its pages again
        Path src = dir.resolve("src");
        Path config = MultiPlanSite.copy(src);
        var before = intentions(config);
        MultiPlanSite.edit(src, NORTH, "actions: Plan discharge from the first day in North Fictionshire.",
                "actions: >-\n      Plan discharge from the first day in North Fictionshire.\n      And on the last.");
        var after = intentions(config);
        var moved = "1-2-north-hospice-beds";
        assertEquals(before.get(moved).at().self().line() + 2, after.get(moved).at().self().line());
        ContentDigest digest = new ContentDigest();
        assertEquals(digest.intentionContent(before.get(moved)), digest.intentionContent(after.get(moved)));
        var edited = "1-1-north-discharge";
        assertFalse(digest.intentionContent(before.get(edited)).equals(digest.intentionContent(after.get(edited))));
    }

    /** The north plan's intentions by id, as loaded and checked. */
    private static Map<String, uk.nhs.intentions.model.Intention> intentions(Path config) {
        SiteBuild.Loaded loaded = SiteBuild.load(config);
        assertTrue(loaded instanceof SiteBuild.Loaded.Ready, loaded.result().diagnostics().toString());
        var site = ((SiteBuild.Loaded.Ready) loaded).site();
        return site.plans().stream().filter(p -> p.id().equals("north-2008-09")).findFirst().orElseThrow()
                .intentions().stream()
                .collect(java.util.stream.Collectors.toMap(uk.nhs.intentions.model.Intention::id, i -> i));
    }

    /** An edit: the file, the text replaced, its replacement. */
    record Edit(String file, String from, String to) {
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                // the same length, so no data file changes size: only the plan's content digest tells
                edit("an intention's wording", NORTH, "Buy more hospice beds.", "Buy many hospice beds."),
                // 1.1 grows by two lines, so 1.2 and everything after it in the file moves down
                edit("lines added above another intention", NORTH,
                        "actions: Plan discharge from the first day in North Fictionshire.",
                        "actions: >-\n      Plan discharge from the first day in North Fictionshire.\n"
                                + "      And on the last."),
                edit("a link written in the text", NORTH, "Buy more hospice beds.",
                        "Buy more hospice beds from [the hospice](provider:lantern-hospice)."),
                edit("an intention's title", NORTH, "area: North hospice beds", "area: North hospice places"),
                edit("an intention's number", NORTH, "number: \"1.2\"", "number: \"1.3\""),
                edit("the providers an intention names", NORTH, "providers: [lantern-hospice]",
                        "providers: [lantern-hospice, north-acute]"),
                edit("a plan's title", "content/plans/north-2008-09/plan.yml",
                        "title: North Fictionshire commissioning intentions 2008/09",
                        "title: North Fictionshire commissioning plan 2008/09"),
                edit("a provider's name", "content/providers.yml", "name: Lantern Hospice",
                        "name: Lantern House Hospice"));
    }

    private static Arguments edit(String name, String file, String from, String to) {
        return Arguments.of(Named.of(name, new Edit(file, from, to)));
    }

    @ParameterizedTest
    @MethodSource("edits")
    void anEditRebuiltWithServesCachesEqualsACleanBuild(Edit edit) throws IOException {
        Path src = dir.resolve("src");
        Path config = MultiPlanSite.copy(src);
        // no PDFs: a board pack's size changes with any wording, which would hide a missing dependency
        Files.writeString(config, Files.readString(config)
                + "documents:\n  board_pack: false\n  provider_packs: none\n");
        Path out = dir.resolve("serve-out");
        RenderCache pages = new RenderCache();
        ParseCache sections = new ParseCache();
        assertEquals(0, build(config, out, pages, sections).exitCode());
        assertEquals(0, pages.stats().untouched(), "a first build keeps nothing: " + pages.stats());

        MultiPlanSite.edit(src, edit.file(), edit.from(), edit.to());
        BuildResult again = build(config, out, pages, sections);
        assertEquals(0, again.exitCode(), again.diagnostics().toString());
        assertTrue(pages.stats().rendered() > 0, "the edit shows somewhere: " + pages.stats());

        BuildResult clean = SiteBuild.build(config, dir.resolve("clean"));
        assertEquals(0, clean.exitCode(), clean.diagnostics().toString());
        RenderCacheTest.assertSameTree(dir.resolve("clean"), out);
        if (edit.to().equals("Buy many hospice beds.")) {
            // wording only: the other plans' pages were kept without their models being built
            assertTrue(pages.stats().untouched() > 20, "other plans' pages left alone: " + pages.stats());
        }

    }

    @Test
    void aFileChangedBehindTheCachesBackIsMadeAgainNotKept() throws IOException {
        Path src = dir.resolve("src");
        Path config = MultiPlanSite.copy(src);
        Path out = dir.resolve("out");
        RenderCache pages = new RenderCache();
        assertEquals(0, SiteBuild.build(config, BuildOptions.defaults().withOut(out).withCache(pages)).exitCode());
        // a page of another plan, altered in the published site with the same length: the CLI's cache must
        // not publish it again on trust
        Path page = out.resolve("plans/south-2008-09/index.html");
        byte[] bytes = Files.readAllBytes(page);
        byte[] tampered = bytes.clone();
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("<title>") + 7;
        tampered[at] = (byte) (tampered[at] == 'X' ? 'Y' : 'X');
        Files.delete(page); // the release's file may be a hard link shared with nothing else; replace it
        Files.write(page, tampered);
        MultiPlanSite.edit(src, NORTH, "Buy more hospice beds.", "Buy more hospice beds soon.");
        RenderCache fromDisk = persisted(pages);
        assertEquals(0, SiteBuild.build(config, BuildOptions.defaults().withOut(out).withCache(fromDisk))
                .exitCode());
        assertArrayEquals(bytes, Files.readAllBytes(page), "the altered page was made again");
    }

    /** The cache as the CLI's persistent build cache reads it back: no memory of the pages' links. */
    private static RenderCache persisted(RenderCache c) throws IOException {
        return RenderCache.fromBytes(new java.io.DataInputStream(new java.io.ByteArrayInputStream(c.toBytes())));
    }

    private static BuildResult build(Path config, Path out, RenderCache pages, ParseCache sections) {
        return SiteBuild.build(config, BuildOptions.defaults().withOut(out).withCache(pages)
                .withParseCache(sections));
    }
}
