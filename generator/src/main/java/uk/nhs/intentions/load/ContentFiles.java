package uk.nhs.intentions.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.nodes.Node;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.SourcePos;
import uk.nhs.intentions.support.IoReason;

/** Reads content files safely: size limit, strict UTF-8, no symlinks leading out of the content folder. */
final class ContentFiles {
    private ContentFiles() {
    }

    public static Optional<String> readText(Path file, String shown, Diagnostics diags) {
        return readBytes(file, shown, diags).flatMap(b -> YamlFile.decode(b, shown, diags));
    }

    /** The file's bytes, under the same rules as {@link #readText} (not yet decoded). */
    static Optional<byte[]> readBytes(Path file, String shown, Diagnostics diags) {
        if (!Files.isRegularFile(file)) { // a named pipe would block the read for ever; a device never ends
            diags.markUnreadable(shown);
            diags.error(SourcePos.file(shown), Files.isDirectory(file) ? "is a folder, not a file"
                    : "is not a regular file (a named pipe, socket or device?); only ordinary files are read");
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > YamlFile.MAX_BYTES) {
                diags.markUnreadable(shown);
                diags.error(SourcePos.file(shown), "file is " + size + " bytes; at most " + YamlFile.MAX_BYTES
                        + " bytes are read");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            diags.markUnreadable(shown);
            diags.error(SourcePos.file(shown), "cannot read file: " + IoReason.of(e));
            return Optional.empty();
        }
    }

    public static Optional<Node> readYaml(Path file, String shown, Diagnostics diags) {
        return parseYaml(readText(file, shown, diags), shown, diags);
    }

    /** As {@link #readYaml} for text already read. */
    static Optional<Node> parseYaml(Optional<String> text, String shown, Diagnostics diags) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> node = YamlFile.parse(text.get(), shown, diags);
        // Decided by this file alone (a parse error marks it unreadable), not by errors elsewhere: files are
        // read in parallel, so "any error so far" would depend on timing.
        if (node.isEmpty() && !diags.unreadableFiles().contains(shown)) {
            diags.markUnreadable(shown);
            diags.error(SourcePos.file(shown), "file is empty");
        }
        return node;
    }

    /**
     * Files in a folder with the given extension, sorted by name; symlinks that resolve outside
     * {@code contentRoot} are reported and skipped.
     */
    public static List<Path> list(Path dir, String extension, Path contentRoot, SiteConfig config,
            Diagnostics diags) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !name.endsWith(extension)) {
                    continue;
                }
                if (isInside(p, contentRoot, config, diags) && Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            diags.error(SourcePos.file(config.display(dir)), "cannot list folder: " + IoReason.of(e));
        }
        return out;
    }

    /** Sub-folders, sorted, with the same symlink rule. */
    public static List<Path> folders(Path dir, Path contentRoot, SiteConfig config, Diagnostics diags) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (!p.getFileName().toString().startsWith(".") && Files.isDirectory(p)
                        && isInside(p, contentRoot, config, diags)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            diags.error(SourcePos.file(config.display(dir)), "cannot list folder: " + IoReason.of(e));
        }
        return out;
    }

    static boolean isInside(Path p, Path contentRoot, SiteConfig config, Diagnostics diags) {
        if (!Files.isSymbolicLink(p)) {
            return true;
        }
        try {
            Path real = p.toRealPath();
            Path rootReal = contentRoot.toRealPath();
            if (real.startsWith(rootReal)) {
                return true;
            }
            diags.error(SourcePos.file(config.display(p)), "symbolic link points outside the content folder;"
                    + " it is not read");
        } catch (IOException e) {
            diags.error(SourcePos.file(config.display(p)), "broken symbolic link");
        }
        return false;
    }
}
