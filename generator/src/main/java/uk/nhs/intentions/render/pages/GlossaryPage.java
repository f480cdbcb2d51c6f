package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.nhs.intentions.model.GlossaryTerm;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/**
 * The glossary (only when content/glossary.yml has terms): each abbreviation A to Z with what it stands for,
 * its definition and where the expansion comes from, or "Editor's note" when the source does not give it.
 */
final class GlossaryPage implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<GlossaryTerm> terms = new ArrayList<>(ctx.index().site().glossary().terms());
        if (terms.isEmpty()) {
            return List.of();
        }
        terms.sort((a, b) -> a.term().toLowerCase(Locale.ROOT).compareTo(b.term().toLowerCase(Locale.ROOT)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GlossaryTerm t : terms) {
            rows.add(Views.map("term", t.term(), "anchor", t.anchor(), "expansion", t.expansion(),
                    "definition", ctx.markdown().toMarkup(t.definition()), "hasDefinition", !t.definition().isBlank(),
                    "source", t.source()));
        }
        return List.of(new Page(SitePaths.glossary(), "glossary.ftlh", Views.map(
                "title", "Glossary",
                "description", "What the abbreviations used in the commissioning intentions stand for.",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home()),
                "terms", rows)));
    }
}
