package uk.nhs.intentions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.testing.MultiPlanSite;

/** Commissioners by id and provider groups in their commissioner's scope, on the fictional multi-plan fixture. */
class GroupScopeCheckTest {

    @Test
    void theFixtureChecksClean(@TempDir Path dir) {
        assertEquals(List.of(), MultiPlanSite.check(MultiPlanSite.copy(dir)));
    }

    @Test
    void aPlanNamingAnotherCommissionersGroupIsAnErrorAtTheReference(@TempDir Path dir) {
        Path config = MultiPlanSite.copy(dir);
        MultiPlanSite.edit(dir, "content/plans/south-2008-09/sections/1-acute.yml", "providers: [south-acute]",
                "providers: [north-acute]");
        assertEquals(List.of("content/plans/south-2008-09/sections/1-acute.yml:11:17: error: provider group"
                + " `north-acute` belongs to North Fictionshire PCT (`north-fictionshire-pct`), not to a commissioner"
                + " of plan `south-2008-09` (South Fictionshire CCG); expected a provider, a group of South"
                + " Fictionshire CCG, or a site-wide group (declare a group for this plan's commissioner in"
                + " providers.yml, or name the organisations)"), MultiPlanSite.check(config));
    }

    @Test
    void aGroupJoiningAnotherCommissionersGroupIsAnError(@TempDir Path dir) {
        Path config = MultiPlanSite.copy(dir);
        MultiPlanSite.edit(dir, "content/providers.yml", "    commissioner: north-fictionshire-pct\n",
                "    commissioner: north-fictionshire-pct\n    member_of: [south-acute]\n");
        assertEquals(List.of("content/providers.yml:6:17: error: provider group `north-acute` belongs to North"
                + " Fictionshire PCT (`north-fictionshire-pct`) but `south-acute` belongs to South Fictionshire CCG"
                + " (`south-fictionshire-ccg`); expected a group of North Fictionshire PCT (`north-fictionshire-pct`)"
                + " or a site-wide group (list the organisations themselves in `south-acute` (with `member_of` on"
                + " each), or make one of the groups `site_wide: true`)"), MultiPlanSite.check(config));
    }

    @Test
    void anUnknownCommissionerIdIsAnErrorWithASuggestion(@TempDir Path dir) {
        Path config = MultiPlanSite.copy(dir);
        MultiPlanSite.edit(dir, "content/plans/north-2008-09/plan.yml", "[north-fictionshire-pct]",
                "[north-fictionshre-pct]");
        assertEquals(List.of("content/plans/north-2008-09/plan.yml:3:17: error: unknown commissioner"
                + " `north-fictionshre-pct`; did you mean `north-fictionshire-pct`? (commissioners are listed in"
                + " commissioners.yml: north-fictionshire-pct, south-fictionshire-ccg)"), MultiPlanSite.check(config));
    }

    @Test
    void aCommissionersNameWhereItsIdBelongsGetsTheId(@TempDir Path dir) {
        Path config = MultiPlanSite.copy(dir);
        MultiPlanSite.edit(dir, "content/plans/north-2008-09/plan.yml", "[north-fictionshire-pct]",
                "[North Fictionshire PCT]");
        assertEquals(List.of("content/plans/north-2008-09/plan.yml:3:17: error: `commissioners` takes commissioner"
                + " ids from commissioners.yml, found `North Fictionshire PCT` (write its id `north-fictionshire-pct`)"),
                MultiPlanSite.check(config));
    }

    @Test
    void aGroupWithoutAScopeIsAnErrorOnceTheSiteHasTwoCommissioners(@TempDir Path dir) {
        Path config = MultiPlanSite.copy(dir);
        MultiPlanSite.edit(dir, "content/providers.yml", "    site_wide: true\n", "");
        assertEquals(List.of("content/providers.yml:10:9: error: provider group `every-fictionshire-provider` does"
                + " not say whose providers it means; expected `commissioner:` (one of north-fictionshire-pct,"
                + " south-fictionshire-ccg) or `site_wide: true` (with more than one commissioner, a group such as"
                + " \"all acute providers\" means one commissioner's providers: give its commissioner, or declare it"
                + " site-wide on purpose)"), MultiPlanSite.check(config));
    }
}
