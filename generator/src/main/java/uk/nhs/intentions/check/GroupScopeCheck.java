package uk.nhs.intentions.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Commissioner;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Site;

/**
 * Commissioners by id, and provider groups in their commissioner's scope: a plan may name only its own
 * commissioners' groups and site-wide ones, and a group may join only groups of its own commissioner or
 * site-wide ones, so nothing written for one commissioner's plan reaches another's pages.
 */
final class GroupScopeCheck implements Check {

    @Override
    public void run(Site site, Diagnostics diags) {
        if (site.commissioners().isEmpty()) {
            // no commissioners.yml: plans name commissioners as text, and groups have no scope
            site.providers().forEach(p -> p.commissioner().ifPresent(r -> diags.add(Diagnostic.error(r.pos(),
                    "unknown commissioner `" + r.id() + "`: this site has no commissioners.yml").withHint(
                    "list the commissioners in content/commissioners.yml and name them by id in each plan.yml"))));
            return;
        }
        String[] ids = site.commissioners().stream().map(Commissioner::id).toArray(String[]::new);
        Map<String, Provider> byId = new HashMap<>();
        site.providers().forEach(p -> byId.putIfAbsent(p.id(), p));
        for (Plan plan : site.plans()) {
            plan.commissionerRefs().forEach(r -> known(r, ids, diags));
        }
        for (Provider p : site.providers()) {
            p.commissioner().ifPresent(r -> known(r, ids, diags));
            if (p.isGroup() && p.commissioner().isEmpty() && !p.siteWide() && ids.length > 1) {
                diags.add(Diagnostic.error(p.at().of("id"), "provider group `" + p.id() + "` does not say whose"
                        + " providers it means; expected `commissioner:` (one of " + String.join(", ", ids)
                        + ") or `site_wide: true`").withHint("with more than one commissioner, a group such as"
                        + " \"all acute providers\" means one commissioner's providers: give its commissioner, or"
                        + " declare it site-wide on purpose"));
            }
            if (!p.isGroup() || p.commissioner().isEmpty()) {
                continue;
            }
            for (Ref r : p.memberOf()) {
                Provider wider = byId.get(r.id());
                if (wider != null && wider.isGroup() && wider.commissioner().isPresent()
                        && !wider.commissioner().get().id().equals(p.commissioner().get().id())) {
                    diags.add(Diagnostic.error(r.pos(), "provider group `" + p.id() + "` belongs to "
                            + name(site, p) + " but `" + r.id() + "` belongs to " + name(site, wider)
                            + "; expected a group of " + name(site, p) + " or a site-wide group")
                            .withHint("list the organisations themselves in `" + r.id() + "` (with `member_of` on"
                                    + " each), or make one of the groups `site_wide: true`"));
                }
            }
        }
        for (Plan plan : site.plans()) {
            List<String> scope = plan.commissionerIds();
            if (scope.isEmpty() || !List.of(ids).containsAll(scope)) {
                continue; // its commissioners are reported above: a scope error would only repeat that
            }
            for (Intention i : plan.intentions()) {
                for (Ref r : i.providers()) {
                    Provider g = byId.get(r.id());
                    if (g != null && !g.inScopeOf(scope)) {
                        diags.add(Diagnostic.error(r.pos(), "provider group `" + r.id() + "` belongs to "
                                + name(site, g) + ", not to a commissioner of plan `" + plan.id() + "` ("
                                + String.join(", ", plan.commissioners()) + "); expected a provider, a group of "
                                + String.join(" or ", plan.commissioners()) + ", or a site-wide group")
                                .withHint("declare a group for this plan's commissioner in providers.yml, or name"
                                        + " the organisations"));
                    }
                }
            }
        }
    }

    private static void known(Ref r, String[] ids, Diagnostics diags) {
        if (List.of(ids).contains(r.id())) {
            return;
        }
        java.util.Optional<String> near = uk.nhs.intentions.support.Spelling.closest(r.id(), ids);
        diags.add(Diagnostic.error(r.pos(), "unknown commissioner `" + r.id() + "`"
                + near.map(n -> "; did you mean `" + n + "`?").orElse(""))
                .withHint("commissioners are listed in commissioners.yml: " + String.join(", ", ids)));
    }

    private static String name(Site site, Provider group) {
        Optional<String> id = group.commissioner().map(Ref::id);
        return id.flatMap(site::commissioner).map(c -> c.name() + " (`" + c.id() + "`)")
                .orElse("`" + id.orElse("") + "`");
    }
}
