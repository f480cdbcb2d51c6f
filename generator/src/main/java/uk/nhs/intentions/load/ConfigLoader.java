package uk.nhs.intentions.load;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.SiteSettings;
import uk.nhs.intentions.model.SourcePos;

/** Reads site-config.yml; folders in it are relative to the config file. */
public final class ConfigLoader {
    static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("2");

    private ConfigLoader() {
    }

    public static Optional<SiteConfig> load(Path configFile, Diagnostics diags) {
        Path file = configFile.toAbsolutePath().normalize();
        Path root = file.getParent();
        String shown = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            diags.error(SourcePos.file(shown), "configuration file not found: " + file);
            return Optional.empty();
        }
        Optional<YMap> map = ContentFiles.readYaml(file, shown, diags)
                .flatMap(n -> YMap.of(n, shown, diags, "site-config.yml"));
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YMap m = map.get().allow("title", "base_url", "language", "theme", "content", "themes", "output",
                "build_date", "finance");
        String title = m.text("title");
        String baseUrl = m.optText("base_url").map(String::strip).orElse("");
        if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[^\\s\"'<>]+")) {
            diags.error(m.pos("base_url"), "`base_url` must be an http or https address such as"
                    + " https://example.nhs.uk/commissioning/");
            baseUrl = "";
        }
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        String language = m.text("language", "en-GB");
        Optional<String> badLanguage = languageProblem(language);
        if (badLanguage.isPresent()) {
            diags.error(m.pos("language"), badLanguage.get());
            language = "en-GB";
        }
        String theme = m.text("theme", "default");
        if (!Ids.isValid(theme)) {
            diags.error(m.pos("theme"), "`theme`: " + Ids.problem(theme));
            theme = "default";
        }
        LocalDate buildDate = m.optDate("build_date").orElse(LocalDate.of(2000, 1, 1));
        BigDecimal tolerance = DEFAULT_TOLERANCE;
        Optional<YMap> finance = m.map("finance");
        if (finance.isPresent()) {
            tolerance = finance.get().allow("rounding_tolerance").optDecimal("rounding_tolerance")
                    .orElse(DEFAULT_TOLERANCE);
        }
        Path content = folder(root, m, "content", "content");
        Path themes = folder(root, m, "themes", "themes");
        Path output = folder(root, m, "output", "site");
        return Optional.of(new SiteConfig(root, file, content, themes, output,
                new SiteSettings(title, baseUrl, language, theme, buildDate, tolerance)));
    }

    /**
     * Why {@code tag} is not a well-formed BCP 47 language tag (it becomes {@code <html lang>}, read by screen
     * readers to choose a voice), or empty when it is.
     */
    static Optional<String> languageProblem(String tag) {
        String t = tag.strip();
        boolean wellFormed = !t.isEmpty() && t.chars().allMatch(c -> c < 0x80);
        if (wellFormed) {
            try {
                new java.util.Locale.Builder().setLanguageTag(t);
            } catch (java.util.IllformedLocaleException e) {
                wellFormed = false;
            }
        }
        return wellFormed ? Optional.empty() : Optional.of("`language` must be a BCP 47 language tag such as `en-GB`"
                + " or `cy`, not `" + Ids.printable(tag) + "`");
    }

    private static Path folder(Path root, YMap m, String key, String fallback) {
        String v = m.text(key, fallback);
        return root.resolve(v).toAbsolutePath().normalize();
    }
}
