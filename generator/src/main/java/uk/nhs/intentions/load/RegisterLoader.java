package uk.nhs.intentions.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.CommissioningGroup;
import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.ProviderKind;

/** Reads the shared registers: providers, disease priorities and commissioning groups. */
final class RegisterLoader {
    private final SiteConfig config;
    private final Diagnostics diags;

    RegisterLoader(SiteConfig config, Diagnostics diags) {
        this.config = config;
        this.diags = diags;
    }

    List<Provider> providers() {
        return list("providers.yml", "providers", this::provider);
    }

    List<Priority> priorities() {
        return list("priorities.yml", "priorities", m -> {
            m.allow("id", "name", "summary");
            return new Priority(m.id("id"), m.text("name"), m.markdown("summary", false), m.positions());
        });
    }

    List<CommissioningGroup> groups() {
        return list("commissioning-groups.yml", "groups", m -> {
            m.allow("id", "name", "full_name", "kind", "locality", "aliases", "cats_specialties", "priorities");
            return new CommissioningGroup(m.id("id"), m.text("name"), m.text("full_name", ""),
                    m.optChoice("kind", List.of("consortium", "single-practice")).orElse(""), // none: not stated
                    m.text("locality", ""), m.textList("aliases"), m.textList("cats_specialties"),
                    m.markdown("priorities", false), m.positions());
        });
    }

    private Provider provider(YMap m) {
        m.allow("id", "name", "kind", "member_of", "summary");
        String id = m.id("id");
        String name = m.text("name");
        ProviderKind kind = ProviderKind.OTHER;
        if (!m.has("kind")) {
            m.text("kind");
        } else {
            kind = m.optChoice("kind", ProviderKind.ids()).flatMap(ProviderKind::fromId).orElse(ProviderKind.OTHER);
        }
        return new Provider(id, name, kind, m.refs("member_of"), m.markdown("summary", false), m.positions());
    }

    private <T> List<T> list(String fileName, String key, Function<YMap, T> read) {
        Path file = config.contentDir().resolve(fileName);
        if (!Files.exists(file) || !ContentFiles.isInside(file, config.contentDir(), config, diags)) {
            return List.of();
        }
        String shown = config.display(file);
        Optional<YMap> root = ContentFiles.readYaml(file, shown, diags)
                .flatMap(n -> YMap.of(n, shown, diags, fileName));
        List<T> out = new ArrayList<>();
        root.ifPresent(r -> {
            r.allow(key);
            if (!r.has(key)) {
                r.text(key);
            }
            for (YMap m : r.maps(key)) {
                out.add(read.apply(m));
            }
        });
        return out;
    }
}
