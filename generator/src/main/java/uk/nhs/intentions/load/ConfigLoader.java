package uk.nhs.intentions.load;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Documents;
import uk.nhs.intentions.model.OpenData;
import uk.nhs.intentions.model.SiteFooter;
import uk.nhs.intentions.model.SiteSettings;
import uk.nhs.intentions.model.SourcePos;

/** Reads site-config.yml; folders in it are relative to the config file. */
public final class ConfigLoader {
    static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("2");

    private ConfigLoader() {
    }

    /** The reproducible-builds variable that fixes the build date when site-config.yml gives none. */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    /** Reads the configuration with the process environment (for SOURCE_DATE_EPOCH). */
    public static Optional<SiteConfig> load(Path configFile, Diagnostics diags) {
        return load(configFile, diags, System.getenv());
    }

    /** As {@link #load(Path, Diagnostics)}, with the environment given (tests pass their own). */
    public static Optional<SiteConfig> load(Path configFile, Diagnostics diags, Map<String, String> env) {
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
                "build_date", "banner", "finance", "footer", "open_data", "documents");
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
        // the build date is never the clock and never made up: build_date, else SOURCE_DATE_EPOCH, else none
        Optional<LocalDate> buildDate = m.has("build_date") ? m.optDate("build_date")
                : sourceDateEpoch(env, shown, diags);
        String banner = m.text("banner", "");
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
                new SiteSettings(title, baseUrl, language, theme, buildDate, tolerance, banner, footer(m),
                        openData(m).withDocuments(documents(m)))));
    }

    /** The footer: owner, contact (email or web address), accessibility statement, licence, privacy notice. */
    private static SiteFooter footer(YMap config) {
        Optional<YMap> footer = config.map("footer");
        if (footer.isEmpty()) {
            return SiteFooter.DEFAULT;
        }
        YMap f = footer.get().allow("owner", "contact", "accessibility_statement", "licence", "licence_url",
                "privacy");
        String contact = f.text("contact", "");
        String email = "";
        String url = "";
        if (contact.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+")) {
            email = contact;
        } else if (contact.matches("https?://[^\\s<>\"]+")) {
            url = contact;
        } else if (!contact.isEmpty()) {
            f.diagnostics().error(f.pos("contact"), "`contact` must be an email address or a web address starting"
                    + " https:// or http://; found `" + Ids.printable(contact) + "`");
        }
        String licence = f.text("licence", SiteFooter.OGL);
        String licenceUrl = webAddress(f, "licence_url", licence.equals(SiteFooter.OGL) ? SiteFooter.OGL_URL : "");
        return new SiteFooter(f.text("owner", ""), email, url, f.markdown("accessibility_statement", false), licence,
                licenceUrl, webAddress(f, "privacy", ""));
    }

    private static String webAddress(YMap f, String key, String fallback) {
        String v = f.text(key, fallback);
        if (!v.isEmpty() && !v.matches("https?://[^\\s<>\"]+")) {
            f.diagnostics().error(f.pos(key), "`" + key + "` must be a web address starting https:// or http://;"
                    + " found `" + Ids.printable(v) + "`");
            return "";
        }
        return v;
    }

    /** {@code open_data:} the OCDS {@code ocid_prefix} the publisher registered with the Open Contracting Partnership. */
    private static OpenData openData(YMap m) {
        Optional<YMap> od = m.map("open_data");
        if (od.isEmpty()) {
            return OpenData.NONE;
        }
        YMap o = od.get().allow("ocid_prefix");
        String prefix = o.text("ocid_prefix", "").strip();
        if (!prefix.isEmpty() && !prefix.matches("ocds-[a-z0-9]{6}")) {
            o.diagnostics().error(o.pos("ocid_prefix"), "`ocid_prefix` must be the prefix the Open Contracting"
                    + " Partnership registered for you: `ocds-` and six lower-case letters or digits, such as ocds-a1b2c3");
            prefix = "";
        }
        return new OpenData(prefix);
    }

    /** {@code documents:} which PDFs to make: {@code board_pack: true|false}, {@code provider_packs: all|none}. */
    private static Documents documents(YMap m) {
        Optional<YMap> d = m.map("documents");
        if (d.isEmpty()) {
            return Documents.ALL;
        }
        YMap o = d.get().allow("board_pack", "provider_packs");
        boolean board = o.optChoice("board_pack", List.of("true", "false")).map("true"::equals).orElse(true);
        boolean providers = o.optChoice("provider_packs", List.of("all", "none")).map("all"::equals).orElse(true);
        return new Documents(board, providers);
    }

    /** SOURCE_DATE_EPOCH (whole seconds since 1970-01-01 UTC) as a UTC date; a malformed value is an error. */
    static Optional<LocalDate> sourceDateEpoch(Map<String, String> env, String shown, Diagnostics diags) {
        String v = env.get(SOURCE_DATE_EPOCH);
        if (v == null || v.isEmpty()) {
            return Optional.empty();
        }
        if (v.matches("[0-9]{1,12}")) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(v)).atZone(ZoneOffset.UTC).toLocalDate());
        }
        diags.error(SourcePos.file(shown), "environment variable " + SOURCE_DATE_EPOCH + " must be whole seconds"
                + " since 1970-01-01 UTC, such as 1704067200; found `" + Ids.printable(v)
                + "` (unset it, or set `build_date` in " + shown + ")");
        return Optional.empty();
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
