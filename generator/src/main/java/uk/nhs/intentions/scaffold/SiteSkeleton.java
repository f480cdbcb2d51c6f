package uk.nhs.intentions.scaffold;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The minimal, valid, commented site that `intentions init` writes. */
public final class SiteSkeleton {
    private static final String BASE = "/intentions/skeleton/";

    private SiteSkeleton() {
    }

    /** Why DIR cannot take a new site; empty when it can. */
    public static Optional<String> refusal(Path dir) {
        if (Files.isRegularFile(dir)) {
            return Optional.of(dir + " is a file");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    return Optional.of(dir + " is not empty; choose a new or empty folder");
                }
            } catch (IOException e) {
                return Optional.of("cannot read " + dir + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    public static int write(Path dir) throws IOException {
        List<String> files = files();
        for (String f : files) {
            // Maven leaves dotfiles out of the jar, so .gitignore travels as "gitignore".
            Path target = dir.resolve(f.equals("gitignore") ? ".gitignore" : f).normalize();
            Files.createDirectories(target.getParent());
            try (InputStream in = SiteSkeleton.class.getResourceAsStream(BASE + f)) {
                if (in == null) {
                    throw new IOException("skeleton file missing from the jar: " + f);
                }
                Files.write(target, in.readAllBytes());
            }
        }
        return files.size();
    }

    static List<String> files() throws IOException {
        try (InputStream in = SiteSkeleton.class.getResourceAsStream(BASE + "files.txt")) {
            if (in == null) {
                throw new IOException("skeleton list missing from the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.equals("files.txt")).toList();
        }
    }
}
