package uk.nhs.intentions.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Commissioner;
import uk.nhs.intentions.model.CommissionerKind;
import uk.nhs.intentions.model.CommissioningGroup;
import uk.nhs.intentions.model.Glossary;
import uk.nhs.intentions.model.GlossaryTerm;
import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.ProviderKind;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.support.FastHash;

/** Reads the shared registers: providers, disease priorities and commissioning groups. */
final class RegisterLoader {
    private final SiteConfig config;
    private final Diagnostics diags;
    private final Optional<ParseCache> cache;

    /** {@code cache}: serve's, keeping each register file's parse result while its bytes are unchanged. */
    RegisterLoader(SiteConfig config, Diagnostics diags, Optional<ParseCache> cache) {
        this.config = config;
        this.diags = diags;
        this.cache = cache;
    }

    List<Provider> providers() {
        return list("providers.yml", "providers", RegisterLoader::provider);
    }

    /**
     * content/commissioners.yml; empty when the file does not exist (plans then name their commissioners as
     * text, as before the file was introduced).
     */
    Optional<List<Commissioner>> commissioners() {
        if (!Files.exists(config.contentDir().resolve("commissioners.yml"))) {
            return Optional.empty();
        }
        return Optional.of(list("commissioners.yml", "commissioners", RegisterLoader::commissioner));
    }

    private Commissioner commissioner(YMap m) {
        m.allow("id", "name", "kind", "ods_code", "area", "summary");
        CommissionerKind kind = CommissionerKind.OTHER;
        if (!m.has("kind")) {
            m.text("kind"); // reports the missing field
        } else {
            kind = m.optChoice("kind", CommissionerKind.ids()).flatMap(CommissionerKind::fromId)
                    .orElse(CommissionerKind.OTHER);
        }
        String ods = m.text("ods_code", "").strip();
        if (!ods.isEmpty() && !ODS.matcher(ods).matches()) {
            diags.error(m.pos("ods_code"), "field `ods_code` must be an ODS organisation code (3 to 6 capital"
                    + " letters and digits, such as `5P1` or `QHL`), found `" + Ids.printable(ods) + "`");
        }
        return new Commissioner(m.id("id"), m.text("name"), kind, ods, m.text("area", ""),
                m.markdown("summary", false), m.positions());
    }

    private static final java.util.regex.Pattern ODS = java.util.regex.Pattern.compile("[A-Z0-9]{3,6}");

    List<Priority> priorities() {
        return list("priorities.yml", "priorities", (r, m) -> {
            m.allow("id", "name", "summary");
            return new Priority(m.id("id"), m.text("name"), m.markdown("summary", false), m.positions());
        });
    }

    List<CommissioningGroup> groups() {
        return list("commissioning-groups.yml", "groups", (r, m) -> {
            m.allow("id", "name", "full_name", "kind", "locality", "aliases", "cats_specialties", "priorities");
            return new CommissioningGroup(m.id("id"), m.text("name"), m.text("full_name", ""),
                    m.optChoice("kind", List.of("consortium", "single-practice")).orElse(""), // none: not stated
                    m.text("locality", ""), m.textList("aliases"), m.textList("cats_specialties"),
                    m.markdown("priorities", false), m.positions());
        });
    }

    /** content/glossary.yml: {@code terms} (term, expansion, definition, source) and {@code ignore}. */
    Glossary glossary() {
        Path file = config.contentDir().resolve("glossary.yml");
        if (!Files.exists(file) || !ContentFiles.isInside(file, config.contentDir(), config, diags)) {
            return Glossary.NONE;
        }
        String shown = config.display(file);
        Optional<YMap> root = ContentFiles.readYaml(file, shown, diags)
                .flatMap(n -> YMap.of(n, shown, diags, "glossary.yml"));
        if (root.isEmpty()) {
            return Glossary.NONE;
        }
        YMap r = root.get().allow("terms", "ignore");
        List<GlossaryTerm> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YMap m : r.maps("terms")) {
            m.allow("term", "expansion", "definition", "source");
            String term = m.text("term");
            if (!term.isEmpty() && !seen.add(term)) {
                diags.error(m.pos("term"), "term `" + Ids.printable(term) + "` is in the glossary twice");
            }
            terms.add(new GlossaryTerm(term, m.text("expansion"), m.markdown("definition", false),
                    m.text("source", ""), m.positions()));
        }
        return new Glossary(true, terms, r.textList("ignore"));
    }

    private Provider provider(YMap m) {
        m.allow("id", "name", "kind", "member_of", "summary", "aliases", "commissioner", "site_wide");
        String id = m.id("id");
        String name = m.text("name");
        ProviderKind kind = ProviderKind.OTHER;
        if (!m.has("kind")) {
            m.text("kind");
        } else {
            kind = m.optChoice("kind", ProviderKind.ids()).flatMap(ProviderKind::fromId).orElse(ProviderKind.OTHER);
        }
        Optional<Ref> commissioner = m.optRef("commissioner");
        boolean siteWide = m.optChoice("site_wide", List.of("true", "false")).filter("true"::equals).isPresent();
        if (kind != ProviderKind.GROUP && (m.has("commissioner") || m.has("site_wide"))) {
            diags.error(m.pos(m.has("commissioner") ? "commissioner" : "site_wide"), "only a provider group (kind"
                    + " `group`) has a `commissioner` or `site_wide`; an organisation joins a commissioner's group"
                    + " with `member_of`");
        } else if (commissioner.isPresent() && siteWide) {
            diags.error(m.pos("site_wide"), "provider group `" + id + "` has both `commissioner` and `site_wide:"
                    + " true`; expected one: the commissioner whose plans use it, or site-wide for every plan");
        }
        return new Provider(id, name, kind, m.refs("member_of"), m.markdown("summary", false), m.positions(),
                m.textList("aliases"), commissioner, siteWide);
    }

    /**
     * The entries under {@code key} in the register file {@code fileName}, each read by {@code read} (given the
     * loader whose diagnostics it reports to). With a cache, an unchanged file's entries are the last build's;
     * only a file read without a single diagnostic is kept, and it is parsed from the very bytes it is kept under.
     */
    private <T> List<T> list(String fileName, String key, BiFunction<RegisterLoader, YMap, T> read) {
        Path file = config.contentDir().resolve(fileName);
        if (!Files.exists(file) || !ContentFiles.isInside(file, config.contentDir(), config, diags)) {
            return List.of();
        }
        String shown = config.display(file);
        if (cache.isEmpty()) {
            return parse(shown, ContentFiles.readText(file, shown, diags), fileName, key, read);
        }
        Optional<byte[]> bytes = ContentFiles.readBytes(file, shown, diags);
        if (bytes.isEmpty()) {
            return List.of();
        }
        FastHash hash = FastHash.of(bytes.get());
        Optional<List<?>> kept = cache.get().register(shown, hash);
        if (kept.isPresent()) {
            @SuppressWarnings("unchecked") // kept by this file's name, which is always read into one type
            List<T> entries = (List<T>) kept.get();
            return entries;
        }
        Diagnostics own = new Diagnostics();
        List<T> parsed = List.copyOf(new RegisterLoader(config, own, Optional.empty())
                .parse(shown, YamlFile.decode(bytes.get(), shown, own), fileName, key, read));
        diags.addAll(own.sorted());
        own.unreadableFiles().forEach(diags::markUnreadable);
        if (own.sorted().isEmpty() && own.unreadableFiles().isEmpty()) {
            cache.get().putRegister(shown, hash, parsed);
        }
        return parsed;
    }

    private <T> List<T> parse(String shown, Optional<String> text, String fileName, String key,
            BiFunction<RegisterLoader, YMap, T> read) {
        Optional<YMap> root = ContentFiles.parseYaml(text, shown, diags)
                .flatMap(n -> YMap.of(n, shown, diags, fileName));
        List<T> out = new ArrayList<>();
        root.ifPresent(r -> {
            r.allow(key);
            if (!r.has(key)) {
                r.text(key);
            }
            for (YMap m : r.maps(key)) {
                out.add(read.apply(this, m));
            }
        });
        return out;
    }
}
