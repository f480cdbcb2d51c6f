package uk.nhs.intentions.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.intentions.pipeline.BuildCache;
import uk.nhs.intentions.pipeline.BuildOptions;
import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.BuildStats;
import uk.nhs.intentions.pipeline.SiteBuild;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Checks the content and writes the site. On errors nothing is written and the previous"
                + " site is left as it was.")
final class BuildCommand implements Callable<Integer> {
    /** The daemon's caches and the request's environment when the daemon runs this build; empty otherwise. */
    private final Optional<Residency> residency;

    BuildCommand() {
        this(Optional.empty()); // a one-shot process keeps nothing between builds
    }

    BuildCommand(Optional<Residency> residency) {
        this.residency = residency;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ConfigOption config;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the site here instead of the configured folder.")
    Path out;

    @Option(names = "--force", description = "Build even when nothing changed since the last build.")
    boolean force;

    @Option(names = "--no-cache", description = "Render every page, without reading or updating the build cache"
            + " (.intentions-cache/ beside the configuration).")
    boolean noCache;

    @CommandLine.Mixin
    QuietOption quiet;

    // read by BuildClient before picocli runs (a build it hands over never gets here); declared so it is accepted
    // and listed in the help
    @Option(names = "--no-daemon", description = "Build in this process, not in the build daemon that bin/intentions"
            + " keeps warm between builds.")
    boolean noDaemon;

    @Option(names = "--stats", hidden = true, description = "Print the time of each stage and the peak heap.")
    boolean stats;

    @Override
    public Integer call() {
        BuildStats timing = new BuildStats();
        BuildOptions options = BuildOptions.defaults().withForce(force).withStats(timing);
        if (residency.isPresent()) {
            options = options.withEnv(residency.get().env());
        }
        if (!noCache) {
            options = options.withBuildCache(residency.map(r -> r.cache(config.file))
                    .orElseGet(() -> BuildCache.beside(config.file)));
        }
        BuildResult r = SiteBuild.build(config.file, out == null ? options : options.withOut(out));
        boolean quiet = this.quiet.quiet;
        DiagnosticPrinter.print(r.diagnostics(), spec.commandLine().getErr(), quiet);
        if (r.upToDate() && !quiet) {
            spec.commandLine().getOut().printf("Up to date: nothing changed since the site in %s was built (%d pages,"
                    + " %d files; checked in %d ms). Use --force to build it again.%n", r.output(), r.pages(),
                    r.files(), r.millis());
            spec.commandLine().getOut().flush();
        } else if (r.exitCode() == 0 && !quiet) {
            spec.commandLine().getOut().printf("Built %d pages (%d files) in %d ms → %s%n", r.pages(), r.files(),
                    r.millis(), r.output());
            spec.commandLine().getOut().flush();
        } else if (r.exitCode() != 0) {
            spec.commandLine().getErr().println("Build failed; the previous site was left untouched.");
            spec.commandLine().getErr().flush();
        }
        if (stats) {
            spec.commandLine().getOut().println(timing.report());
            spec.commandLine().getOut().flush();
        }
        return r.exitCode();
    }
}
