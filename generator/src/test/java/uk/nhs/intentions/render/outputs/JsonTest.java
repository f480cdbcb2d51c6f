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

    @Test
    void prettyJsonIsIndentedTwoSpacesALevelAndItsBytesAreItsUtf8() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "Plan – 2008/09 \u2028 <b>");
        m.put("rows", List.of(Map.of("n", 1), List.of()));
        String expected = """
                {
                  "title": "Plan – 2008/09 \\u2028 \\u003cb\\u003e",
                  "rows": [
                    {
                      "n": 1
                    },
                    []
                  ]
                }
                """;
        assertEquals(expected, Json.pretty(m));
        assertEquals(Arrays.toString(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Arrays.toString(Json.prettyUtf8(m)));
        assertEquals("[\"\\u2029 café \\u2029\"]",
                new String(Json.utf8(List.of("\u2029 café \u2029")), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void deepNestingIsIndentedInFull() {
        Object v = "x";
        for (int i = 0; i < 40; i++) {
            v = List.of(v);
        }
        String json = Json.pretty(v);
        assertEquals(" ".repeat(80) + "\"x\"", json.lines().filter(l -> l.contains("x")).findFirst().orElseThrow());
    }
}
