package uk.nhs.intentions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;

/** A tiny site in a temporary folder: the finance/base fixture plus the given budget-table fixtures. */
public final class MiniSite {
    private final Path root;

    private MiniSite(Path root) {
        this.root = root;
    }

    public static MiniSite withBudgets(Path tmp, String... cases) {
        try {
            Path base = resource("finance/base");
            try (Stream<Path> s = Files.walk(base)) {
                for (Path p : s.toList()) {
                    Path target = tmp.resolve(base.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            Path budgets = tmp.resolve("content/plans/test-plan/budgets");
            Files.createDirectories(budgets);
            for (String c : cases) {
                Files.copy(resource("finance/cases/" + c), budgets.resolve(c));
            }
            return new MiniSite(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path resource(String name) {
        try {
            return Path.of(MiniSite.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundled site's configuration (the repository root, one level above the generator module). */
    public static Path bundledConfig() {
        Path p = Path.of("..", "site-config.yml").toAbsolutePath().normalize();
        return Files.isRegularFile(p) ? p : Path.of("site-config.yml").toAbsolutePath();
    }

    public Path root() {
        return root;
    }

    public BuildResult check() {
        return SiteBuild.check(root.resolve("site-config.yml"));
    }

    public List<String> diagnostics() {
        return check().diagnostics().stream().map(d -> d.format()).toList();
    }
}
