package uk.nhs.intentions.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Site;

/** `member_of` must name provider groups, and membership must not go round in a circle. */
final class ProviderGroupCheck implements Check {

    @Override
    public void run(Site site, Diagnostics diags) {
        Map<String, Provider> byId = new HashMap<>();
        site.providers().forEach(p -> byId.putIfAbsent(p.id(), p));
        for (Provider p : site.providers()) {
            for (Ref r : p.memberOf()) {
                Provider target = byId.get(r.id());
                if (target != null && !target.isGroup()) {
                    diags.error(r.pos(), "`" + r.id() + "` is not a provider group (its kind is `"
                            + target.kind().id() + "`); `member_of` may only name providers of kind `group`");
                }
                if (r.id().equals(p.id())) {
                    diags.error(r.pos(), "provider `" + p.id() + "` cannot be a member of itself");
                } else if (reaches(r.id(), p.id(), byId, new HashSet<>())) {
                    diags.error(r.pos(), "provider group membership goes round in a circle: `" + p.id()
                            + "` is a member of `" + r.id() + "`, which is already inside `" + p.id() + "`");
                }
            }
        }
    }

    private static boolean reaches(String from, String target, Map<String, Provider> byId, Set<String> seen) {
        if (!seen.add(from)) {
            return false;
        }
        Provider p = byId.get(from);
        if (p == null) {
            return false;
        }
        for (Ref r : p.memberOf()) {
            if (r.id().equals(target) || reaches(r.id(), target, byId, seen)) {
                return true;
            }
        }
        return false;
    }
}
