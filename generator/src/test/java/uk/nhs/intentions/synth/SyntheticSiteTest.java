package uk.nhs.intentions.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.cli.Main;
import uk.nhs.intentions.diagnostic.Diagnostic;

class SyntheticSiteTest {
    @TempDir
    Path dir;

    @Test
    void sameSeedWritesByteIdenticalTreesAndAnotherSeedDoesNot() throws IOException {
        SyntheticSite.generate(dir.resolve("a"), 300, 42);
        SyntheticSite.generate(dir.resolve("b"), 300, 42);
        SyntheticSite.generate(dir.resolve("c"), 300, 43);
        Map<String, byte[]> a = tree(dir.resolve("a"));
        Map<String, byte[]> b = tree(dir.resolve("b"));
        Map<String, byte[]> c = tree(dir.resolve("c"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
        assertFalse(a.keySet().equals(c.keySet()) && a.entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), c.get(e.getKey()))), "seed 43 wrote the same tree as 42");
    }

    @Test
    void aSyntheticSitePassesTheCheckWithNoErrorsAndBuilds() throws IOException {
        SyntheticSite.Summary s = SyntheticSite.generate(dir.resolve("site"), 200, 7);
        assertEquals(1, s.plans());
        assertTrue(s.providers() >= 100, "hundreds of providers");
        Path config = dir.resolve("site/site-config.yml");
        BuildResult check = SiteBuild.check(config);
        List<Diagnostic> errors = check.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(), errors);
        BuildResult build = SiteBuild.build(config, dir.resolve("out"));
        assertEquals(0, build.exitCode(), () -> build.diagnostics().toString());
        assertTrue(build.pages() > 200, "a page per intention plus sections, plan and home: " + build.pages());
        assertTrue(Files.isRegularFile(dir.resolve("out/index.html")));
    }

    @Test
    void largerSitesHaveAPlanPerThousandIntentionsAndNineSectionsEach() throws IOException {
        SyntheticSite.Summary s = SyntheticSite.generate(dir.resolve("site"), 2500, 1);
        assertEquals(3, s.plans());
        try (Stream<Path> plans = Files.list(dir.resolve("site/content/plans"))) {
            for (Path plan : plans.toList()) {
                try (Stream<Path> sections = Files.list(plan.resolve("sections"))) {
                    assertEquals(9, sections.count(), plan.toString());
                }
                assertTrue(Files.isDirectory(plan.resolve("narrative")));
                assertTrue(Files.isDirectory(plan.resolve("meetings")));
            }
        }
        String providers = Files.readString(dir.resolve("site/content/providers.yml"));
        assertTrue(providers.contains("- id: west-hertfordshire-all-acute-providers\n"
                + "    name: All acute providers (West Hertfordshire)\n    kind: group\n"
                + "    member_of: [west-hertfordshire-all-providers, west-hertfordshire-all-inpatient-providers]"),
                "nested provider groups, each commissioner's own");
    }

    @Test
    void theNationalShapeHasAPlanPerCommissionerAndYearWithDistinctCommissionersAndBuilds() throws IOException {
        SyntheticSite.Summary s = SyntheticSite.generate(dir.resolve("site"), 240, 5,
                java.util.Optional.of(new SyntheticSite.Shape(12, 2, 300)));
        assertEquals(24, s.plans());
        assertEquals(300, s.providers());
        java.util.Set<String> commissioners = new java.util.TreeSet<>();
        try (java.util.stream.Stream<Path> plans = Files.list(dir.resolve("site/content/plans"))) {
            for (Path plan : plans.toList()) {
                String yml = Files.readString(plan.resolve("plan.yml"));
                String at = "commissioners:\n  - ";
                commissioners.add(yml.substring(yml.indexOf(at) + at.length(), yml.indexOf("-pct\n")));
            }
        }
        assertEquals(12, commissioners.size(), commissioners.toString());
        assertTrue(commissioners.contains("west-hertfordshire") && commissioners.contains("watford"),
                commissioners.toString());
        assertTrue(Files.readString(dir.resolve("site/content/commissioners.yml")).contains(
                "  - id: watford-pct\n    name: Watford PCT\n    kind: pct\n"));
        uk.nhs.intentions.pipeline.BuildResult r = uk.nhs.intentions.pipeline.SiteBuild.build(
                dir.resolve("site/site-config.yml"), dir.resolve("out"));
        assertEquals(0, r.exitCode(), r.diagnostics().toString());
        assertEquals(2, Main.run("synth", "--intentions", "10", "--commissioners", "44", dir.resolve("t").toString()));
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        assertThrows(IOException.class, () -> SyntheticSite.generate(dir, 10, 1));
    }

    @Test
    void theHiddenCliCommandWritesASite() {
        assertEquals(0, Main.run("synth", "--intentions", "50", "--seed", "3", dir.resolve("s").toString()));
        assertTrue(Files.isRegularFile(dir.resolve("s/site-config.yml")));
        assertNotEquals(0, Main.run("synth", "--intentions", "0", dir.resolve("t").toString()));
    }

    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
