package uk.nhs.intentions.load;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import uk.nhs.intentions.model.SourcePos;

/** Small helpers over snakeyaml-engine nodes. */
final class YNodes {
    private YNodes() {
    }

    static SourcePos pos(Node node, String path) {
        return node.getStartMark()
                .map(m -> new SourcePos(path, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourcePos.file(path));
    }

    /** An empty plain scalar (`field:` with nothing after it) or `~`/`null`. */
    static boolean isNull(Node n) {
        if (n instanceof ScalarNode s && s.getScalarStyle() == ScalarStyle.PLAIN) {
            String v = s.getValue();
            return v.isEmpty() || v.equals("~") || v.equals("null");
        }
        return false;
    }

    static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a mapping (`field: value` lines)";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        if (n instanceof ScalarNode s) {
            String v = s.getValue();
            return v.length() > 40 ? "text" : "`" + Ids.printable(v) + "`";
        }
        return "something else";
    }
}
