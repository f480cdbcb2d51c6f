package uk.nhs.intentions.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import uk.nhs.intentions.check.Checker;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.load.ConfigLoader;
import uk.nhs.intentions.load.ContentLoader;
import uk.nhs.intentions.load.SiteConfig;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.model.SourcePos;
import uk.nhs.intentions.render.MarkdownRenderer;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageRenderer;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.RenderException;
import uk.nhs.intentions.render.SiteNav;
import uk.nhs.intentions.render.SitePages;
import uk.nhs.intentions.render.TemplateEngine;
import uk.nhs.intentions.render.pages.NotFoundPage;
import uk.nhs.intentions.publish.LinkChecker;
import uk.nhs.intentions.publish.Publisher;
import uk.nhs.intentions.publish.SiteOutputs;
import uk.nhs.intentions.publish.SiteWriter;
import uk.nhs.intentions.publish.ThemeAssets;

/**
 * The whole pipeline on one screen, in order of execution: load → check → index → render → write.
 */
public final class SiteBuild {
    private SiteBuild() {
    }

    /** Loads and checks; writes nothing. */
    public static BuildResult check(Path configFile) {
        long start = System.nanoTime();
        Diagnostics diags = new Diagnostics();
        Optional<SiteConfig> config = ConfigLoader.load(configFile, diags);
        if (config.isEmpty()) {
            return result(diags, 0, 0, null, start, !Files.isRegularFile(configFile));
        }
        loadAndCheck(config.get(), diags);
        return result(diags, 0, 0, null, start, false);
    }

    /** Loads, checks and, when there are no errors, writes the site to {@code outOverride} or the configured folder. */
    public static BuildResult build(Path configFile, Path outOverride) {
        return build(configFile, outOverride, null, new BuildStats());
    }

    /**
     * As {@link #build(Path, Path)}, reusing pages from {@code cache} (when not null) whose model and templates
     * did not change since the cache's previous build; the output is byte-identical to a clean build.
     */
    public static BuildResult build(Path configFile, Path outOverride, RenderCache cache) {
        return build(configFile, outOverride, cache, new BuildStats());
    }

    /** As {@link #build(Path, Path, RenderCache)}, timing each stage into {@code stats}. */
    public static BuildResult build(Path configFile, Path outOverride, RenderCache cache, BuildStats stats) {
        return build(configFile, outOverride, cache, stats, false);
    }

    /** As above; {@code force} rebuilds even when nothing changed since the site in the output was built. */
    public static BuildResult build(Path configFile, Path outOverride, RenderCache cache, BuildStats stats,
            boolean force) {
        return build(configFile, outOverride, cache, stats, force, System.getenv());
    }

    /** As {@link #build(Path, Path)} with the environment given (SOURCE_DATE_EPOCH), so tests need not set it. */
    public static BuildResult build(Path configFile, Path outOverride, java.util.Map<String, String> env) {
        return build(configFile, outOverride, null, new BuildStats(), false, env);
    }

    /** As above, reading SOURCE_DATE_EPOCH from {@code env} instead of the process environment. */
    public static BuildResult build(Path configFile, Path outOverride, RenderCache cache, BuildStats stats,
            boolean force, java.util.Map<String, String> env) {
        long start = System.nanoTime();
        stats.start();
        Diagnostics diags = new Diagnostics();
        Optional<SiteConfig> loaded = ConfigLoader.load(configFile, diags, env);
        if (loaded.isEmpty()) {
            return result(diags, 0, 0, null, start, !Files.isRegularFile(configFile));
        }
        SiteConfig config = outOverride == null ? loaded.get() : loaded.get().withOutputDir(outOverride);
        String refusal = Publisher.refusal(config.outputDir(), config.root(), config.contentDir());
        if (refusal != null) {
            diags.error(SourcePos.file(config.display(config.configFile())), refusal);
            return result(diags, 0, 0, config.outputDir(), start, true);
        }
        // serve keeps its own cache and always wants a fresh report, so only plain builds take the shortcut
        Optional<String> inputs = cache == null ? UpToDate.inputs(config) : Optional.empty();
        Optional<UpToDate.Previous> previous = force ? Optional.empty()
                : inputs.flatMap(in -> UpToDate.check(config.outputDir(), in));
        if (previous.isPresent()) {
            diags.addAll(previous.get().diagnostics());
            return new BuildResult(diags.sorted(), previous.get().pages(), previous.get().files(), config.outputDir(),
                    (System.nanoTime() - start) / 1_000_000, false, true);
        }
        Optional<Site> site = loadAndCheck(config, diags, stats);
        if (site.isEmpty() || diags.hasErrors()) {
            return result(diags, 0, 0, config.outputDir(), start, false);
        }
        SiteIndex index = new SiteIndex(site.get());
        RenderContext ctx = new RenderContext(index, new MarkdownRenderer());
        stats.stage("index");
        List<Page> pages = SitePages.plan(ctx, SitePages.standard());
        stats.stage("plan_pages");
        AtomicInteger files = new AtomicInteger();
        try {
            PageRenderer renderer = new PageRenderer(new TemplateEngine(config.themesDir(),
                    config.settings().theme()), config.settings(), SiteNav.standard(site.get()),
                    site.get().plans());
            RenderCache.Run run = cache == null ? null
                    : cache.begin(TemplateSet.hash(config.themesDir(), config.settings().theme()),
                            config.outputDir());
            stats.stage("templates");
            Publisher.publish(config.outputDir(), writer -> {
                pages.parallelStream().forEach(p -> writer.write(p.path(),
                        run == null ? renderer.renderUtf8(p) : run.render(p, renderer)));
                stats.stage("render_write");
                ThemeAssets.copy(config.themesDir(), config.settings().theme(), writer);
                SiteOutputs.writeAll(ctx, pages, writer);
                files.set(writer.count());
                stats.stage("outputs");
                // gate: a site with a broken internal link, anchor or asset reference is never published
                List<LinkChecker.BrokenLink> broken = LinkChecker.check(writer.root(),
                        NotFoundPage.rootPath(config.settings().baseUrl()));
                if (!broken.isEmpty()) {
                    throw new LinkChecker.BrokenLinksException(broken);
                }
                stats.stage("links");
                if (inputs.isPresent()) {
                    writer.write(UpToDate.MANIFEST, manifest(writer, inputs.get(), pages.size(), diags));
                }
            });
            stats.stage("swap");
            if (run != null) {
                run.commit();
            }
        } catch (LinkChecker.BrokenLinksException e) {
            e.links().forEach(b -> diags.error(SourcePos.file(b.page()), "broken link to " + b.target()
                    + " (" + b.reason() + ")"));
        } catch (RenderException e) {
            diags.error(SourcePos.file("themes"), e.getMessage());
        } catch (UncheckedIOException | IOException | SiteWriter.UnsafePathException e) {
            diags.error(SourcePos.file(config.display(config.outputDir())), "cannot write the site: "
                    + e.getMessage());
        }
        if (diags.hasErrors()) {
            return result(diags, 0, 0, config.outputDir(), start, false);
        }
        return result(diags, pages.size(), files.get(), config.outputDir(), start, false);
    }

    /** Loads and checks for commands that work on the model (such as closing a round). */
    public record Loaded(SiteConfig config, Site site, BuildResult result) {
    }

    public static Loaded load(Path configFile) {
        long start = System.nanoTime();
        Diagnostics diags = new Diagnostics();
        Optional<SiteConfig> config = ConfigLoader.load(configFile, diags);
        Optional<Site> site = config.flatMap(c -> loadAndCheck(c, diags));
        return new Loaded(config.orElse(null), site.orElse(null),
                result(diags, 0, 0, null, start, !Files.isRegularFile(configFile)));
    }

    static Optional<Site> loadAndCheck(SiteConfig config, Diagnostics diags) {
        return loadAndCheck(config, diags, new BuildStats());
    }

    static Optional<Site> loadAndCheck(SiteConfig config, Diagnostics diags, BuildStats stats) {
        Optional<Site> site = ContentLoader.load(config, diags);
        stats.stage("load");
        site.ifPresent(s -> Checker.standard().run(s, diags));
        stats.stage("check");
        return site;
    }

    private static String manifest(SiteWriter writer, String inputs, int pages, Diagnostics diags) {
        try {
            return UpToDate.manifest(writer.root(), inputs, pages, writer.count(), diags.sorted());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BuildResult result(Diagnostics diags, int pages, int files, Path out, long start, boolean usage) {
        return new BuildResult(diags.sorted(), pages, files, out, (System.nanoTime() - start) / 1_000_000, usage);
    }
}
