package uk.nhs.intentions.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds the site in a sibling staging folder and swaps it into place only when everything succeeded,
 * so a failed build never destroys or half-writes the previous site, and files of removed content vanish.
 */
public final class Publisher {
    /** Marks a folder as made by intentions, so we never replace a folder we did not create. */
    public static final String MARKER = ".intentions-site";

    private Publisher() {
    }

    /** Checks that the output folder may be replaced; returns a problem in words, or null. */
    public static String refusal(Path out, Path siteRoot, Path contentDir) {
        Path o = out.toAbsolutePath().normalize();
        if (o.getParent() == null) {
            return "the output folder cannot be the file-system root";
        }
        if (siteRoot.startsWith(o) || contentDir.startsWith(o)) {
            return "the output folder " + o + " contains the site's own files; choose a separate folder";
        }
        if (Files.isRegularFile(o)) {
            return "the output path " + o + " is a file, not a folder";
        }
        if (Files.isDirectory(o) && !Files.exists(o.resolve(MARKER)) && !isEmpty(o)) {
            return "the output folder " + o + " already holds files that intentions did not write;"
                    + " choose an empty or new folder";
        }
        return null;
    }

    /** Runs {@code work} against a staging folder and, if it returns normally, swaps the result into place. */
    public static void publish(Path out, Consumer<SiteWriter> work) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".building-");
        Path previous = Files.isRegularFile(target.resolve(MARKER)) ? target : null;
        SiteWriter writer = new SiteWriter(staging, previous);
        try {
            work.accept(writer);
            writer.write(MARKER, "This folder is written by the intentions generator and replaced on every build.\n");
            swap(staging, target);
        } finally {
            writer.close(); // waits for writes still in flight on other threads after a failure
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
    }

    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
