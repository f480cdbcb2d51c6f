package uk.nhs.intentions.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.intentions.model.PlanSnapshot;

class SnapshotWriterTest {
    @Test
    void writesOneFieldPerLineWithMultiLineTextAsLiteralBlocks() {
        PlanSnapshot s = new PlanSnapshot("draft", List.of(new PlanSnapshot.IntentionSnapshot("ip-1", "1.1",
                "Area \"quoted\"", "acute", "draft", "First line\n\nThird line", "Trailing space \nkept",
                List.of("city-hospital", "all-acute"))), List.of(new PlanSnapshot.FigureSnapshot("t1", "r1", "c1",
                        "Row one", "(3,874)")));
        assertEquals("""
                # Snapshot of plan p at the close of round draft.
                # Written by `intentions round close`; it is compared with later versions. Do not edit.
                round: "draft"
                plan: "p"
                intentions:
                  - id: "ip-1"
                    number: "1.1"
                    area: "Area \\"quoted\\""
                    section: "acute"
                    status: "draft"
                    providers: ["city-hospital", "all-acute"]
                    actions: |-
                      First line

                      Third line
                    outcomes: "Trailing space \\nkept"
                figures:
                  - table: "t1"
                    row: "r1"
                    column: "c1"
                    label: "Row one"
                    value: "(3,874)"
                """, SnapshotWriter.write("p", s));
    }

    @Test
    void controlAndInvisibleCharactersAreEscapedAndNoFiguresIsAnEmptyList() {
        PlanSnapshot s = new PlanSnapshot("r", List.of(new PlanSnapshot.IntentionSnapshot("i", "1", "a\tb\u0007\uFEFF\u2028",
                "", "draft", "", "", List.of())), List.of());
        String yaml = SnapshotWriter.write("p", s);
        assertEquals(List.of("    area: \"a\\tb\\u0007\\uFEFF\\u2028\"", "    providers: []", "figures: []"),
                yaml.lines().filter(l -> l.startsWith("    area") || l.startsWith("    providers")
                        || l.startsWith("figures")).toList());
    }
}
