package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.intentions.model.Glossary;
import uk.nhs.intentions.model.GlossaryTerm;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.Positions;
import uk.nhs.intentions.model.SourcePos;

/** The first use of each glossary term in a page's main content becomes a link to the glossary, and only that. */
class GlossaryLinkerTest {
    private static GlossaryTerm term(String term, String expansion) {
        return new GlossaryTerm(term, expansion, Markdown.EMPTY, "", Positions.of(SourcePos.file("glossary.yml")));
    }

    private final GlossaryLinker linker = new GlossaryLinker(new Glossary(true,
            List.of(term("PBC", "practice-based commissioning"), term("A&E", "accident and emergency"),
                    term("GP", "general practitioner")), List.of()));

    @Test
    void marksTheFirstUseOfEachTermInMainOnly() {
        String html = "<header>PBC</header><main id=\"main\"><h1>PBC budgets</h1><p>PBC and A&amp;E, not PBCs"
                + " or GPs; PBC again</p></main><footer>PBC</footer>";
        assertEquals("<header>PBC</header><main id=\"main\"><h1><a class=\"glossary-term\""
                + " href=\"../glossary.html#term-pbc\"><abbr title=\"practice-based commissioning\">PBC</abbr></a>"
                + " budgets</h1><p>PBC and <a class=\"glossary-term\" href=\"../glossary.html#term-a-e\"><abbr"
                + " title=\"accident and emergency\">A&amp;E</abbr></a>, not PBCs or GPs; PBC again</p></main>"
                + "<footer>PBC</footer>", linker.apply(html, "../"));
    }

    @Test
    void neverInsideALinkCodeOrAnAttribute() {
        String html = "<main><p title=\"GP\"><a href=\"x.html\">GP <b>surgery</b></a> <code>GP</code> then GP</p>"
                + "<!-- GP --></main>";
        assertEquals("<main><p title=\"GP\"><a href=\"x.html\">GP <b>surgery</b></a> <code>GP</code> then <a"
                + " class=\"glossary-term\" href=\"glossary.html#term-gp\"><abbr title=\"general practitioner\">GP"
                + "</abbr></a></p><!-- GP --></main>", linker.apply(html, ""));
    }

    @Test
    void withoutTermsThePageIsUnchanged() {
        GlossaryLinker none = new GlossaryLinker(Glossary.NONE);
        assertEquals(false, none.active());
        assertEquals("<main>PBC</main>", none.apply("<main>PBC</main>", ""));
    }
}
