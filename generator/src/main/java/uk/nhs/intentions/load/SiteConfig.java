package uk.nhs.intentions.load;

import java.nio.file.Path;

import uk.nhs.intentions.model.SiteSettings;

/** Where things are: the site folder (holding site-config.yml), content, themes and output folders. */
public record SiteConfig(Path root, Path configFile, Path contentDir, Path themesDir, Path outputDir,
        SiteSettings settings) {

    /** A path as shown in messages: relative to the site folder, with forward slashes. */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    public SiteConfig withOutputDir(Path out) {
        return new SiteConfig(root, configFile, contentDir, themesDir, out.toAbsolutePath().normalize(), settings);
    }
}
