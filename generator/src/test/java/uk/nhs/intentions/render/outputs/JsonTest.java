package uk.nhs.intentions.render.outputs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void mapsKeepTheirOrderAndValuesTheirType() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", 1);
        m.put("a", List.of("x", true, 2.5));
        m.put("none", null);
        m.put("nested", Map.of("k", List.of()));
        assertEquals("{\"z\":1,\"a\":[\"x\",true,2.5],\"none\":null,\"nested\":{\"k\":[]}}", Json.write(m));
    }

    @Test
    void stringsAreEscapedForJsonAndForAScriptElement() {
        assertEquals("\"say \\\"hi\\\"\\\\ \\n\\r\\t\"", Json.write("say \"hi\"\\ \n\r\t"));
        assertEquals("\"\\u003c/script\\u003e \\u0026 \\u2028\\u2029\"", Json.write("</script> & \u2028\u2029"));
        assertEquals("\"\\u0001\\u001f é 😀\"", Json.write("\u0001\u001f é 😀"));
    }

    @Test
    void otherValuesAreWrittenAsTheirText() {
        assertEquals("[\"2008-01-24\",null]", Json.write(Arrays.asList(java.time.LocalDate.of(2008, 1, 24), null)));
    }
}
