package uk.nhs.intentions.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Severity;
import uk.nhs.intentions.load.SiteConfig;
import uk.nhs.intentions.model.SourcePos;
import uk.nhs.intentions.publish.Publisher;
import uk.nhs.intentions.support.FastHash;

/**
 * Make-style up-to-date check: when no input changed since the site in the output folder was built (same
 * generator jar, configuration, content and themes, byte for byte) and the output is as that build left it,
 * a build has nothing to do. The manifest written into the output records the inputs' fingerprint, a
 * fingerprint of the output listing (paths and sizes) and the diagnostics, which are reported again. It is kept
 * beside the published folder (see {@code publish.Release}), so a web server never serves it.
 */
final class UpToDate {
    static final String MANIFEST = ".intentions-build";
    private static final String HEADER = "intentions-build 1";

    /** What the earlier build reported, to print again. */
    record Previous(int pages, int files, List<Diagnostic> diagnostics) {
    }

    private UpToDate() {
    }

    /** The fingerprint of everything a build reads, or empty when the generator's own code cannot be identified. */
    static Optional<String> fingerprint(SiteConfig config) {
        Optional<FastHash> code = codeIdentity();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        try {
            FastHash.Builder md = FastHash.builder().hash(code.get());
            hashFile(md, "config", config.configFile());
            // the build date may come from SOURCE_DATE_EPOCH rather than a file
            md.text("build-date " + config.settings().buildDate().map(Object::toString).orElse("none"));
            hashTree(md, "content", config.contentDir());
            hashTree(md, "themes", config.themesDir());
            return Optional.of(md.build().hex());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The earlier build's report when its manifest matches {@code inputs} and its output is intact. */
    static Optional<Previous> check(Path outputDir, String inputs) {
        Optional<Path> record = Publisher.buildRecord(outputDir);
        Optional<Path> site = Publisher.published(outputDir);
        if (record.isEmpty() || site.isEmpty()) {
            return Optional.empty();
        }
        Path manifest = record.get();
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            if (lines.size() < 5 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("inputs " + inputs)
                    || !lines.get(2).equals("outputs " + outputs(site.get()))) {
                return Optional.empty();
            }
            int pages = Integer.parseInt(lines.get(3).substring("pages ".length()));
            int files = Integer.parseInt(lines.get(4).substring("files ".length()));
            List<Diagnostic> diags = new ArrayList<>();
            for (String l : lines.subList(5, lines.size())) {
                diags.add(decode(l));
            }
            return Optional.of(new Previous(pages, files, diags));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The manifest for a freshly written site ({@code written}: each file's path and size, as the writer has them,
     * so the new site is not walked on disk; {@link #check} walks it, on the next build).
     */
    static String manifest(SortedMap<String, ? extends Number> written, String inputs, int pages, int files,
            List<Diagnostic> diagnostics) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        b.append("inputs ").append(inputs).append('\n');
        b.append("outputs ").append(outputs(written)).append('\n');
        b.append("pages ").append(pages).append('\n');
        b.append("files ").append(files).append('\n');
        for (Diagnostic d : diagnostics) {
            b.append(encode(d)).append('\n');
        }
        return b.toString();
    }

    /** Paths and sizes of every file in the site folder (the manifest and the ownership marker aside). */
    static String outputs(Path dir) throws IOException {
        return outputs(listing(dir));
    }

    /** Each file of the site folder by path, in order, with its size (the manifest and the marker aside). */
    static SortedMap<String, Long> listing(Path dir) throws IOException {
        SortedMap<String, Long> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.equals(MANIFEST) && !rel.equals(Publisher.MARKER)) {
                    files.put(rel, Files.size(p));
                }
            }
        }
        return files;
    }

    /** The fingerprint of a listing of paths (in order) and sizes. */
    static String outputs(SortedMap<String, ? extends Number> files) {
        FastHash.Builder md = FastHash.builder();
        files.forEach((rel, size) -> md.text(rel).number(size.longValue()));
        return md.build().hex();
    }

    private static void hashTree(FastHash.Builder md, String label, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted().toList()) {
                String rel = label + "/" + dir.relativize(p).toString().replace('\\', '/');
                if (Files.isSymbolicLink(p)) {
                    md.tag('l').text(rel).text(Files.readSymbolicLink(p).toString());
                } else if (Files.isRegularFile(p)) {
                    hashFile(md, rel, p);
                }
            }
        }
    }

    private static void hashFile(FastHash.Builder md, String label, Path file) throws IOException {
        md.tag('f').text(label).hash(FastHash.ofFile(file));
    }

    /** The generator's jar, hashed; a build from a classes folder (tests, IDE) is never considered up to date. */
    private static Optional<FastHash> codeIdentity() {
        try {
            var source = UpToDate.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
                return Optional.empty();
            }
            return Optional.of(FastHash.ofFile(jar));
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String encode(Diagnostic d) {
        SourcePos p = d.pos();
        return String.join("\t", esc(p.path()), String.valueOf(p.line()), String.valueOf(p.column()),
                d.severity().name(), esc(d.message()), esc(d.hint()));
    }

    private static Diagnostic decode(String line) {
        String[] f = line.split("\t", -1);
        return new Diagnostic(new SourcePos(unesc(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2])),
                Severity.valueOf(f[3]), unesc(f[4]), unesc(f[5]));
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unesc(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
