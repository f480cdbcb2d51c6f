package uk.nhs.intentions.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Commissioner;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.model.SourcePos;

/** Stage one: files → model. Reports every problem it can find; never throws on bad content. */
public final class ContentLoader {
    private ContentLoader() {
    }

    public static Optional<Site> load(SiteConfig config, Diagnostics diags) {
        return load(config, diags, Optional.empty());
    }

    /** As {@link #load(SiteConfig, Diagnostics)}, reusing unchanged section files' parse results from {@code cache}. */
    public static Optional<Site> load(SiteConfig config, Diagnostics diags, Optional<ParseCache> cache) {
        Path content = config.contentDir();
        if (!Files.isDirectory(content)) {
            diags.error(SourcePos.file(config.display(config.configFile())), "content folder not found: "
                    + config.display(content));
            return Optional.empty();
        }
        RegisterLoader registers = new RegisterLoader(config, diags, cache);
        Optional<List<Commissioner>> commissioners = registers.commissioners();
        PlanLoader planLoader = new PlanLoader(config, diags, commissioners, cache);
        // Plans are independent: load them in parallel (diagnostics are thread-safe and sorted at the end;
        // the list keeps the folders' sorted order).
        List<Path> folders = ContentFiles.folders(content.resolve("plans"), content, config, diags);
        List<Plan> plans = folders.parallelStream().map(planLoader::load).flatMap(Optional::stream).toList();
        // a plan folder whose plan.yml could not be read has its own error; "no plan found" would mislead
        if (folders.isEmpty()) {
            diags.error(SourcePos.file(config.display(content)), "no plan found; expected a folder"
                    + " content/plans/<plan-id>/ with a plan.yml");
        }
        return Optional.of(new Site(config.settings(), registers.providers(), registers.priorities(),
                registers.groups(), plans, registers.glossary(), commissioners.orElse(List.of())));
    }
}
