package uk.nhs.intentions.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastHashTest {
    @TempDir
    Path dir;

    @Test
    void bytesFedInPiecesOfAnySizeHashAsTheWhole() throws Exception {
        byte[] all = new byte[300_000];
        new SplittableRandom(5).nextBytes(all);
        FastHash whole = FastHash.of(all);
        SplittableRandom r = new SplittableRandom(6);
        for (int round = 0; round < 5; round++) {
            FastHash.Running running = FastHash.running();
            for (int at = 0; at < all.length; ) {
                int n = Math.min(all.length - at, r.nextInt(1, round == 0 ? 2 : 70_000));
                running.add(all, at, n);
                at += n;
            }
            assertEquals(whole, running.value(), "pieces, round " + round);
        }
        Files.write(dir.resolve("imaginary.bin"), all);
        assertEquals(whole, FastHash.ofFile(dir.resolve("imaginary.bin")));
        FastHash.Running shorter = FastHash.running();
        shorter.add(all, 0, all.length - 1);
        assertNotEquals(whole, shorter.value());
    }

    @Test
    void theBuilderTellsValuesApartByTheirLengths() {
        FastHash ab = FastHash.builder().text("ab").text("c").build();
        FastHash a = FastHash.builder().text("a").text("bc").build();
        assertNotEquals(ab, a);
        assertEquals(FastHash.builder().bytes("ab".getBytes(StandardCharsets.UTF_8)).build(),
                FastHash.builder().text("ab").build());
    }
}
