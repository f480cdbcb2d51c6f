package uk.nhs.intentions.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
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

    /** What a publication came to: the site swapped into place, or refused with the reason. */
    public sealed interface Result {
        /** The new site is in place; {@code files} were written. */
        record Published(int files) implements Result {
        }

        /** The site has broken internal links, so the previous site stays in place. */
        record BrokenLinks(List<LinkChecker.BrokenLink> links) implements Result {
            public BrokenLinks {
                links = List.copyOf(links);
            }
        }
    }

    /** Why the output folder may not be replaced, in words; empty when it may. */
    public static Optional<String> refusal(Path out, Path siteRoot, Path contentDir) {
        Path o = out.toAbsolutePath().normalize();
        if (o.getParent() == null) {
            return Optional.of("the output folder cannot be the file-system root");
        }
        if (siteRoot.startsWith(o) || contentDir.startsWith(o)) {
            return Optional.of("the output folder " + o + " contains the site's own files; choose a separate folder");
        }
        if (Files.isRegularFile(o)) {
            return Optional.of("the output path " + o + " is a file, not a folder");
        }
        if (Files.isDirectory(o) && !Files.exists(o.resolve(MARKER)) && !isEmpty(o)) {
            return Optional.of("the output folder " + o + " already holds files that intentions did not write;"
                    + " choose an empty or new folder");
        }
        return Optional.empty();
    }

    /** As {@link #publish(Path, String, Consumer)} for a site published at the root of its host. */
    public static Result publish(Path out, Consumer<SiteWriter> work) throws IOException {
        return publish(out, "/", work);
    }

    /**
     * Runs {@code work} against a staging folder; the links of every page are checked as it is written, and
     * only when {@code work} returns normally and no link is broken is the result swapped into place. An
     * exception from {@code work} discards the staging folder and propagates.
     *
     * @param rootPath the path the site is published under ("/commissioning/"), for root-absolute links
     */
    public static Result publish(Path out, String rootPath, Consumer<SiteWriter> work) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".building-");
        Path previous = Files.isRegularFile(target.resolve(MARKER)) ? target : null;
        SiteWriter writer = new SiteWriter(staging, previous, new LinkChecker(rootPath));
        try {
            work.accept(writer);
            List<LinkChecker.BrokenLink> broken = writer.brokenLinks();
            if (!broken.isEmpty()) {
                return new Result.BrokenLinks(broken); // the gate: nothing with a broken link is published
            }
            writer.write(MARKER, "This folder is written by the intentions generator and replaced on every build.\n");
            swap(staging, target);
            return new Result.Published(writer.count());
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
