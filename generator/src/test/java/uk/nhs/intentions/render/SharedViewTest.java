package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SharedViewTest {
    private static SharedView part() {
        return SharedView.of(Views.map("actions", "Imaginary action.", "hasActions", true,
                "outcomes", "Imaginary outcome.", "hasOutcomes", false));
    }

    @Test
    void keepsTheViewsFieldsInTheirOrder() {
        List<String> keys = new ArrayList<>(part().keySet());
        assertEquals(List.of("actions", "hasActions", "outcomes", "hasOutcomes"), keys);
        assertEquals("Imaginary action.", part().get("actions"));
        assertEquals(false, part().get("hasOutcomes"));
        assertTrue(part().containsKey("outcomes"));
        assertFalse(part().containsKey("providers"));
        assertNull(part().get("providers"));
        assertEquals(Map.of("actions", "Imaginary action.", "hasActions", true, "outcomes", "Imaginary outcome.",
                "hasOutcomes", false), part());
    }

    @Test
    void cannotBeChangedOnceMade() {
        SharedView v = part();
        assertThrows(UnsupportedOperationException.class, () -> v.put("actions", "changed"));
        assertThrows(UnsupportedOperationException.class, () -> v.entrySet().iterator().next().setValue("changed"));
        assertEquals("Imaginary action.", v.get("actions"));
    }
}
