package uk.nhs.intentions.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import uk.nhs.intentions.check.MarkdownLinks;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.load.ConfigLoader;
import uk.nhs.intentions.load.ContentLoader;
import uk.nhs.intentions.load.SiteConfig;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.model.SourcePos;
import uk.nhs.intentions.publish.Publisher;
import uk.nhs.intentions.publish.SiteWriter;
import uk.nhs.intentions.render.MarkdownRenderer;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageRenderer;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.RenderException;
import uk.nhs.intentions.render.SiteNav;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.TemplateEngine;
import uk.nhs.intentions.render.outputs.OutputStep;
import uk.nhs.intentions.render.outputs.PlanOutputStep;
import uk.nhs.intentions.render.outputs.PlanPartsStep;
import uk.nhs.intentions.render.pages.SitePages;
import uk.nhs.intentions.support.IoReason;

/**
 * The whole pipeline on one screen, in order of execution: load → check → index → pages → render and write →
 * other outputs → link gate and swap.
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
            return result(configProblem(configFile), diags, 0, 0, null, start);
        }
        loadAndCheck(config.get(), diags, BuildOptions.defaults());
        return result(BuildResult.Status.CHECKED, diags, 0, 0, null, start);
    }

    /** Loads, checks and, when there are no errors, writes the site to {@code out}. */
    public static BuildResult build(Path configFile, Path out) {
        return build(configFile, BuildOptions.defaults().withOut(out));
    }

    /** As {@link #build(Path, Path)} with the environment given (SOURCE_DATE_EPOCH), so tests need not set it. */
    public static BuildResult build(Path configFile, Path out, java.util.Map<String, String> env) {
        return build(configFile, BuildOptions.defaults().withOut(out).withEnv(env));
    }

    /** Loads, checks and, when there are no errors, publishes the site as {@code options} say. */
    public static BuildResult build(Path configFile, BuildOptions options) {
        long start = System.nanoTime();
        BuildStats stats = options.stats();
        stats.start();
        Diagnostics diags = new Diagnostics();
        Optional<SiteConfig> loaded = ConfigLoader.load(configFile, diags, options.env());
        if (loaded.isEmpty()) {
            return result(configProblem(configFile), diags, 0, 0, null, start);
        }
        SiteConfig config = options.out().map(loaded.get()::withOutputDir).orElse(loaded.get());
        Optional<String> refusal = Publisher.refusal(config.outputDir(), config.root(), config.contentDir());
        if (refusal.isPresent()) {
            diags.error(SourcePos.file(config.display(config.configFile())), refusal.get());
            return result(BuildResult.Status.USAGE_ERROR, diags, 0, 0, config.outputDir(), start);
        }
        // serve keeps its own cache and always wants a fresh report, so only plain builds take the shortcut
        Optional<String> inputs = options.cache().isEmpty() ? UpToDate.fingerprint(config) : Optional.empty();
        Optional<UpToDate.Previous> previous = options.force() ? Optional.empty()
                : inputs.flatMap(in -> UpToDate.check(config.outputDir(), in));
        if (inputs.isPresent()) {
            stats.stage("up_to_date");
        }
        if (previous.isPresent()) {
            diags.addAll(previous.get().diagnostics());
            return result(BuildResult.Status.UP_TO_DATE, diags, previous.get().pages(), previous.get().files(),
                    config.outputDir(), start);
        }
        Optional<Site> site = loadAndCheck(config, diags, options);
        if (site.isEmpty() || diags.hasErrors()) {
            return result(BuildResult.Status.FAILED, diags, 0, 0, config.outputDir(), start);
        }
        MarkdownRenderer markdown = new MarkdownRenderer(MarkdownLinks.of(site.get()));
        RenderContext ctx = new RenderContext(new SiteIndex(site.get()), markdown);
        stats.stage("index");
        List<Page> pages = SitePages.collect(ctx, options.stages().pages());
        stats.stage("plan_pages");
        AtomicInteger files = new AtomicInteger();
        try {
            // serve's cache lives in memory; the CLI's is read from, and saved to, the persistent build cache
            Optional<RenderCache> cache = options.cache()
                    .or(() -> options.buildCache().map(b -> b.pages(config.outputDir())));
            Optional<String> templateSet = cache.map(c -> TemplateSet.hash(config.themesDir(),
                    config.settings().theme()));
            java.util.function.Supplier<TemplateEngine> newEngine = () -> new TemplateEngine(config.themesDir(),
                    config.settings().theme(), options.limits());
            TemplateEngine engine = cache.isPresent() ? cache.get().engine(templateSet.get(),
                    config.themesDir(), config.settings().theme(), options.limits(), newEngine) : newEngine.get();
            PageRenderer renderer = new PageRenderer(engine, config.settings(), SiteNav.standard(site.get()),
                    site.get().plans(), site.get().glossary());
            Optional<RenderCache.Run> run = cache.map(c -> c.begin(templateSet.get()));
            stats.stage("templates");
            java.util.function.Consumer<SiteWriter> work = writer -> {
                OutputStep.Input in = new OutputStep.Input(ctx, pages, writer::previous, Optional.of(renderer),
                        run.flatMap(RenderCache.Run::documentsLater));
                List<OutputStep> steps = options.stages().outputs().apply(config.themesDir());
                // downloads first: pages link them with their sizes
                run.ifPresent(r -> r.contentScopes(site.get()));
                for (OutputStep step : steps.stream().filter(OutputStep::beforePages).toList()) {
                    if (run.isPresent() && step instanceof PlanOutputStep planStep) {
                        run.get().planOutputs(planStep, in, writer, ctx.downloads()::record);
                        continue;
                    }
                    if (run.isPresent()) {
                        run.get().stepOutputs(step, in, writer, ctx.downloads()::record);
                        continue;
                    }
                    step.outputs(in).forEach(o -> {
                        writer.write(o.path(), o.bytes());
                        ctx.downloads().record(o.path(), o.bytes().length);
                    });
                }
                stats.stage("downloads");
                run.ifPresent(r -> r.pageScopes(ctx.downloads()));
                // one page at a time to each worker: pages differ a thousandfold in cost (see Parallel)
                uk.nhs.intentions.support.Parallel.forEach(pages, p -> {
                    if (run.isPresent()) {
                        run.get().write(p, renderer, writer);
                    } else {
                        writer.write(p.path(), renderer.renderUtf8(p));
                    }
                });
                stats.stage("render_write");
                for (OutputStep step : steps.stream().filter(s -> !s.beforePages()).toList()) {
                    if (run.isPresent() && step instanceof PlanPartsStep parts) {
                        run.get().planParts(parts, in, writer);
                    } else if (run.isPresent()) {
                        run.get().stepOutputs(step, in, writer, (path, size) -> { });
                    } else {
                        step.outputs(in).forEach(o -> writer.write(o.path(), o.bytes()));
                    }
                }
                files.set(writer.count());
                stats.stage("outputs");
                inputs.ifPresent(in2 -> writer.writeRecord(manifest(writer, in2, pages.size(), diags)));
            };
            String rootPath = SitePaths.basePath(config.settings().baseUrl()).orElse("/");
            // a cache also remembers each page's links and each file's stamp, so files the last build wrote
            // are kept without being read or scanned again
            Publisher.Result published = cache.isEmpty() ? Publisher.publish(config.outputDir(), rootPath, work)
                    : options.inPlace().isPresent() ? Publisher.publishInPlace(config.outputDir(), rootPath, work,
                            cache.get().links(), options.inPlace().get())
                    : options.buildCache().filter(BuildCache::resident).isPresent()
                            ? Publisher.publishLeavingRetired(config.outputDir(), rootPath, work, cache.get().links())
                    : Publisher.publish(config.outputDir(), rootPath, work, cache.get().links());
            stats.stage("links_swap");
            if (published instanceof Publisher.Result.Busy) {
                diags.error(SourcePos.file(config.display(config.outputDir())), "another intentions build is"
                        + " publishing to this folder now; nothing was written. Run this again once it has finished");
                return result(BuildResult.Status.USAGE_ERROR, diags, 0, 0, config.outputDir(), start);
            } else if (published instanceof Publisher.Result.BrokenLinks b) {
                run.ifPresent(RenderCache.Run::linksBroke);
                // a link written in Markdown is reported where it was written, naming the page it broke on
                b.links().forEach(l -> markdown.writtenAt(l.target())
                        .or(() -> MarkdownLinks.firstWritten(site.get(), l.target())).ifPresentOrElse(
                        at -> diags.error(at, "broken link to " + l.target() + " on page " + l.page() + " ("
                                + l.reason() + ")"),
                        () -> diags.error(SourcePos.file(l.page()), "broken link to " + l.target() + " ("
                                + l.reason() + ")")));
            } else {
                run.ifPresent(RenderCache.Run::commit);
                cache.ifPresent(c -> stats.pages(c.stats().rendered(), c.stats().reused(), c.stats().untouched()));
                if (options.cache().isEmpty() && cache.isPresent()) {
                    options.buildCache().ifPresent(b -> b.save(cache.get(), config.outputDir()));
                    stats.stage("save_cache");
                }
            }
        } catch (RenderException e) {
            diags.error(e.position(config::display), e.reason());
        } catch (UncheckedIOException e) {
            return ioFailure(config, diags, e.getCause(), start);
        } catch (IOException e) {
            return ioFailure(config, diags, e, start);
        } catch (SiteWriter.UnsafePathException e) {
            diags.error(SourcePos.file(config.display(config.outputDir())), "cannot write the site: "
                    + e.getMessage());
        }
        if (diags.hasErrors()) {
            return result(BuildResult.Status.FAILED, diags, 0, 0, config.outputDir(), start);
        }
        return result(BuildResult.Status.BUILT, diags, pages.size(), files.get(), config.outputDir(), start);
    }

    /** What a command that works on the model (such as closing a round) gets: the site, or why there is none. */
    public sealed interface Loaded {
        BuildResult result();

        /** Loaded and checked without errors (warnings may be in the result). */
        record Ready(SiteConfig config, Site site, BuildResult result) implements Loaded {
        }

        /** Not usable: the result's diagnostics say why. */
        record Failed(BuildResult result) implements Loaded {
        }
    }

    public static Loaded load(Path configFile) {
        long start = System.nanoTime();
        Diagnostics diags = new Diagnostics();
        Optional<SiteConfig> config = ConfigLoader.load(configFile, diags);
        if (config.isEmpty()) {
            return new Loaded.Failed(result(configProblem(configFile), diags, 0, 0, null, start));
        }
        Optional<Site> site = loadAndCheck(config.get(), diags, BuildOptions.defaults());
        BuildResult r = result(BuildResult.Status.CHECKED, diags, 0, 0, null, start);
        return site.isPresent() && !r.hasErrors() ? new Loaded.Ready(config.get(), site.get(), r)
                : new Loaded.Failed(r);
    }

    private static Optional<Site> loadAndCheck(SiteConfig config, Diagnostics diags, BuildOptions options) {
        Optional<Site> site = ContentLoader.load(config, diags, options.parseCache()
                .or(() -> options.buildCache().flatMap(BuildCache::parses)));
        options.stats().stage("load");
        site.ifPresent(s -> options.stages().checker().run(s, diags));
        options.stats().stage("check");
        return site;
    }

    /** A configuration that does not exist is a usage error (wrong folder or --config); a broken one is content. */
    private static BuildResult.Status configProblem(Path configFile) {
        return Files.isRegularFile(configFile) ? BuildResult.Status.FAILED : BuildResult.Status.USAGE_ERROR;
    }

    private static String manifest(SiteWriter writer, String inputs, int pages, Diagnostics diags) {
        return UpToDate.manifest(writer.files(), inputs, pages, writer.count(), diags.sorted());
    }

    /** The file system refused to write the site: reported with the OS reason, under its own exit code. */
    private static BuildResult ioFailure(SiteConfig config, Diagnostics diags, IOException e, long start) {
        diags.error(SourcePos.file(config.display(config.outputDir())), "cannot write the site: "
                + IoReason.of(e) + "; the previous site is unchanged");
        return result(BuildResult.Status.IO_ERROR, diags, 0, 0, config.outputDir(), start);
    }

    /** The result, FAILED whatever was hoped for when an error was reported. */
    private static BuildResult result(BuildResult.Status status, Diagnostics diags, int pages, int files, Path out,
            long start) {
        BuildResult.Status s = status != BuildResult.Status.USAGE_ERROR && status != BuildResult.Status.IO_ERROR
                && diags.hasErrors()
                ? BuildResult.Status.FAILED : status;
        return new BuildResult(s, diags.sorted(), pages, files, out, (System.nanoTime() - start) / 1_000_000);
    }
}
