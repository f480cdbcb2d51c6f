package uk.nhs.intentions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PositionsTest {
    private static final String FILE = "content/plans/imaginary-2099-00/sections/1-fictional.yml";
    private static final SourcePos SELF = new SourcePos(FILE, 12, 5);

    private static Positions fictional() {
        return new Positions(SELF, Map.of(
                "id", new SourcePos(FILE, 12, 11),
                "area", new SourcePos(FILE, 13, 13),
                "status", new SourcePos(FILE, 14, 15)));
    }

    @Test
    void aFieldIsFoundAtItsOwnLineAndColumn() {
        Positions at = fictional();
        assertEquals("content/plans/imaginary-2099-00/sections/1-fictional.yml:13:13", at.of("area").toString());
        assertEquals("content/plans/imaginary-2099-00/sections/1-fictional.yml:14:15", at.of("status").toString());
        assertEquals(SELF, at.self());
    }

    @Test
    void anAbsentFieldPointsAtTheWholeThing() {
        assertEquals("content/plans/imaginary-2099-00/sections/1-fictional.yml:12:5", fictional().of("outcomes").toString());
        assertEquals(SELF, Positions.of(SELF).of("id"));
    }

    @Test
    void aFieldWrittenInAnotherFileKeepsThatFile() {
        Positions at = new Positions(SELF, Map.of("id", new SourcePos(FILE, 12, 11),
                "title", new SourcePos("content/plans/imaginary-2099-00/plan.yml", 3, 8)));
        assertEquals("content/plans/imaginary-2099-00/plan.yml:3:8", at.of("title").toString());
        assertEquals("content/plans/imaginary-2099-00/sections/1-fictional.yml:12:11", at.of("id").toString());
    }

    @Test
    void equalPositionsAreEqualAndAMovedFieldIsNot() {
        assertEquals(fictional(), fictional());
        assertEquals(fictional().hashCode(), fictional().hashCode());
        assertNotEquals(fictional(), fictional().with("area", new SourcePos(FILE, 20, 13)));
        assertEquals(Map.of("id", new SourcePos(FILE, 12, 11), "area", new SourcePos(FILE, 13, 13),
                "status", new SourcePos(FILE, 14, 15)), fictional().fields());
    }

    @Test
    void withAddsOrMovesOneFieldAndLeavesTheRest() {
        Positions moved = fictional().with("due", new SourcePos(FILE, 15, 10));
        assertEquals("content/plans/imaginary-2099-00/sections/1-fictional.yml:15:10", moved.of("due").toString());
        assertEquals("content/plans/imaginary-2099-00/sections/1-fictional.yml:13:13", moved.of("area").toString());
    }
}
