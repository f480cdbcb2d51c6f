package uk.nhs.intentions.load;

import java.util.Optional;

import org.snakeyaml.engine.v2.nodes.Node;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.SourcePos;

/** A Markdown file with a YAML front-matter block between `---` lines. */
record MarkdownFile(YMap frontMatter, Markdown body) {

    static Optional<MarkdownFile> parse(String text, String shown, Diagnostics diags) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            diags.error(new SourcePos(shown, 1, 1), "a Markdown page must start with a front-matter block"
                    + " (`---`, then `id:` and `title:`, then `---`)");
            return Optional.empty();
        }
        int end = normalised.indexOf("\n---\n", 3);
        int bodyStart = end + 5;
        if (end < 0 && normalised.endsWith("\n---")) {
            end = normalised.length() - 4;
            bodyStart = normalised.length();
        }
        if (end < 0) {
            diags.error(new SourcePos(shown, 1, 1), "front matter is not closed by a `---` line");
            return Optional.empty();
        }
        String yaml = normalised.substring(4, end + 1);
        int bodyLine = (int) normalised.substring(0, Math.min(bodyStart, normalised.length())).chars()
                .filter(c -> c == '\n').count() + 1;
        // A leading blank line stands for the opening `---`, so YAML positions are file positions.
        Optional<Node> node = YamlFile.parse("\n" + yaml, shown, diags);
        if (node.isEmpty()) {
            if (yaml.isBlank()) {
                diags.error(new SourcePos(shown, 2, 1), "front matter is empty; it needs at least `id:` and"
                        + " `title:`");
            }
            return Optional.empty();
        }
        Optional<YMap> map = YMap.of(node.get(), shown, diags, "front matter");
        String body = normalised.substring(Math.min(bodyStart, normalised.length()));
        return map.map(m -> new MarkdownFile(m, new Markdown(body, new SourcePos(shown, bodyLine, 1))));
    }
}
