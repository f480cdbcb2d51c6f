package uk.nhs.intentions.render;

import java.util.Locale;
import java.util.Map;

import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Heading anchors as commonmark's heading-anchor extension makes them ({@code ## Intermediate care} →
 * {@code id="intermediate-care"}, repeats numbered), but lower-cased in the root locale: the extension uses the
 * machine's locale, which under Turkish made {@code ıntermediate-care}. One instance per rendered document.
 */
final class HeadingIds implements AttributeProvider {
    private final IdGenerator ids = IdGenerator.builder().defaultId("id").build();

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (!(node instanceof Heading)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }
        });
        // already lower case, so the generator's own default-locale lower-casing changes nothing
        attributes.put("id", ids.generateId(text.toString().trim().toLowerCase(Locale.ROOT)));
    }
}
