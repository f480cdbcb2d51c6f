package uk.nhs.intentions.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

import uk.nhs.intentions.check.Checker;
import uk.nhs.intentions.load.ParseCache;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.TemplateLimits;
import uk.nhs.intentions.render.data.DataOutputs;
import uk.nhs.intentions.render.documents.DocumentStep;
import uk.nhs.intentions.render.outputs.OutputStep;
import uk.nhs.intentions.render.outputs.SiteOutputs;
import uk.nhs.intentions.render.pages.SitePages;

/**
 * How to run a build: where to write ({@code out}, else the configured folder), whether to build when nothing
 * changed ({@code force}), a render cache kept between builds ({@code serve} has one), where to time the
 * stages, the stages themselves (tests replace them), the persistent build cache (the CLI uses one; an
 * in-memory {@code cache} takes precedence), a cache of parsed section files ({@code serve}), the limits on
 * rendering one page, the environment read for SOURCE_DATE_EPOCH (the process's by default; tests pass their
 * own rather than change it), and whether to change the last site in place ({@code serve}).
 */
public record BuildOptions(Optional<Path> out, boolean force, Optional<RenderCache> cache, BuildStats stats,
        Stages stages, TemplateLimits limits, Map<String, String> env, Optional<BuildCache> buildCache,
        Optional<ParseCache> parseCache, Optional<Lock> inPlace) {
    public BuildOptions {
        env = Map.copyOf(env);
    }

    /** The checks, page builders and output steps a build runs; {@code outputs} gets the themes folder. */
    public record Stages(Checker checker, List<PageBuilder> pages, Function<Path, List<OutputStep>> outputs) {
        public Stages {
            pages = List.copyOf(pages);
        }

        public static Stages standard() {
            return new Stages(Checker.standard(), SitePages.standard(), themes -> {
                List<OutputStep> steps = new java.util.ArrayList<>(SiteOutputs.standard(themes));
                steps.addAll(DataOutputs.standard());
                steps.add(new DocumentStep());
                return steps;
            });
        }
    }

    /** The configured output folder, no cache, up-to-date builds skipped, the standard stages. */
    public static BuildOptions defaults() {
        return new BuildOptions(Optional.empty(), false, Optional.empty(), new BuildStats(), Stages.standard(),
                TemplateLimits.standard(), System.getenv(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public BuildOptions withOut(Path dir) {
        return new BuildOptions(Optional.of(dir), force, cache, stats, stages, limits, env, buildCache, parseCache,
                inPlace);
    }

    public BuildOptions withForce(boolean rebuild) {
        return new BuildOptions(out, rebuild, cache, stats, stages, limits, env, buildCache, parseCache, inPlace);
    }

    public BuildOptions withCache(RenderCache renderCache) {
        return new BuildOptions(out, force, Optional.of(renderCache), stats, stages, limits, env, buildCache,
                parseCache, inPlace);
    }

    public BuildOptions withStats(BuildStats timing) {
        return new BuildOptions(out, force, cache, timing, stages, limits, env, buildCache, parseCache, inPlace);
    }

    /** Reads SOURCE_DATE_EPOCH from {@code variables} instead of the process environment. */
    public BuildOptions withEnv(Map<String, String> variables) {
        return new BuildOptions(out, force, cache, stats, stages, limits, variables, buildCache, parseCache, inPlace);
    }

    /** Rendering each page within {@code pageLimits} (time, nesting, size; tests give a controllable clock). */
    public BuildOptions withLimits(TemplateLimits pageLimits) {
        return new BuildOptions(out, force, cache, stats, stages, pageLimits, env, buildCache, parseCache, inPlace);
    }

    /** Reuses, and afterwards saves, the pages of earlier builds kept in {@code persistent}. */
    public BuildOptions withBuildCache(BuildCache persistent) {
        return new BuildOptions(out, force, cache, stats, stages, limits, env, Optional.of(persistent), parseCache,
                inPlace);
    }

    /** Keeps the parse results of unchanged section files in {@code sections} between builds ({@code serve}). */
    public BuildOptions withParseCache(ParseCache sections) {
        return new BuildOptions(out, force, cache, stats, stages, limits, env, buildCache, Optional.of(sections),
                inPlace);
    }

    /**
     * Publishes by changing the last site in place, holding {@code readers} while files are swapped ({@code serve},
     * whose server takes it to read; see {@code Publisher.publishInPlace}). Needs a render cache.
     */
    public BuildOptions withInPlace(Lock readers) {
        return new BuildOptions(out, force, cache, stats, stages, limits, env, buildCache, parseCache,
                Optional.of(readers));
    }

    public BuildOptions withStages(Stages replaced) {
        return new BuildOptions(out, force, cache, stats, replaced, limits, env, buildCache, parseCache, inPlace);
    }
}
