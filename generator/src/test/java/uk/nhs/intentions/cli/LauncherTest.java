package uk.nhs.intentions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code bin/intentions} (what the README runs): it finds Java, passes the recommended JVM options
 * unless the user gives their own, finds the jar beside itself even when called through a symbolic link, and
 * runs the generator. A stand-in {@code java} that prints its arguments shows exactly what would be run.
 */
class LauncherTest {
    static final Path LAUNCHER = Path.of("..", "bin", "intentions").toAbsolutePath().normalize();
    static final String RECOMMENDED = "-Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    /** An installation: bin/intentions (a copy of the real one), lib/intentions.jar, and a fake JAVA_HOME. */
    private Path install() throws IOException {
        Path home = dir.resolve("install");
        Files.createDirectories(home.resolve("bin"));
        Files.copy(LAUNCHER, home.resolve("bin/intentions"));
        Files.createDirectories(home.resolve("lib"));
        Files.writeString(home.resolve("lib/intentions.jar"), "not really a jar");
        fakeJava(dir.resolve("jdk/bin"));
        return home;
    }

    private static void fakeJava(Path bin) throws IOException {
        Files.createDirectories(bin);
        Path java = bin.resolve("java");
        // prints its arguments; like a real JVM, writes the class archive it is asked for
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"[$a]\"; case $a in"
                + " -XX:ArchiveClassesAtExit=*) echo archive > \"${a#*=}\" ;; esac; done\nexit ${FAKE_EXIT:-0}\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Run run(Path launcher, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().put("INTENTIONS_CDS", "0"); // the archive has its own test
        pb.environment().putAll(env);
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        int exit = pb.start().waitFor();
        return new Run(exit, Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    private static String args(String... words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append('[').append(w).append("]\n");
        }
        return b.toString();
    }

    private Map<String, String> javaHome() {
        return Map.of("JAVA_HOME", dir.resolve("jdk").toString());
    }

    @Test
    void passesTheRecommendedOptionsAndEveryArgument() throws Exception {
        Path home = install();
        Run r = run(home.resolve("bin/intentions"), javaHome(), "build", "--config", "my site/site-config.yml");
        assertEquals(0, r.exit(), r.err());
        assertEquals(args("-Djava.awt.headless=true", "-Xmx1g", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
                "-jar", home.toRealPath().resolve("lib/intentions.jar").toString(), "build", "--config",
                "my site/site-config.yml"), r.out());
    }

    @Test
    void serveAWholeEditingSessionKeepsTheOptimisingCompiler() throws Exception {
        Path home = install();
        String jar = home.toRealPath().resolve("lib/intentions.jar").toString();
        Run r = run(home.resolve("bin/intentions"), javaHome(), "--quiet", "serve", "--port", "0");
        assertEquals(args("-Djava.awt.headless=true", "-Xmx1g", "-XX:+UseParallelGC", "-jar", jar, "--quiet",
                "serve", "--port", "0"), r.out());
        // the command is the first command word, not any later one (a folder called "serve")
        Run build = run(home.resolve("bin/intentions"), javaHome(), "build", "--out", "serve");
        assertEquals(args("-Djava.awt.headless=true", "-Xmx1g", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar, "build", "--out", "serve"), build.out());
    }

    @Test
    void theUsersOwnOptionsReplaceTheRecommendedOnes() throws Exception {
        Path home = install();
        Path launcher = home.resolve("bin/intentions");
        Map<String, String> env = new HashMap<>(javaHome());
        env.put("INTENTIONS_OPTS", "-Xmx300m  -Dwhere=*");
        env.put("JAVA_OPTS", "-Xmx2g");
        String jar = home.toRealPath().resolve("lib/intentions.jar").toString();
        assertEquals(args("-Djava.awt.headless=true", "-Xmx300m", "-Dwhere=*", "-jar", jar, "--version"),
                run(launcher, env, "--version").out(), "INTENTIONS_OPTS wins, and * is not a file-name pattern");

        env.remove("INTENTIONS_OPTS");
        assertEquals(args("-Djava.awt.headless=true", "-Xmx2g", "-jar", jar, "--version"),
                run(launcher, env, "--version").out());

        env.put("INTENTIONS_OPTS", "");
        assertEquals(args("-Djava.awt.headless=true", "-jar", jar, "--version"), run(launcher, env, "--version").out(),
                "an empty INTENTIONS_OPTS means the JVM's own defaults");
    }

    @Test
    void theFirstRunWritesAClassArchiveBesideTheJarAndLaterRunsUseIt() throws Exception {
        Path home = install();
        Path lib = home.toRealPath().resolve("lib");
        Path stale = Files.writeString(lib.resolve("intentions-123.jsa"), "an earlier jar's archive");
        Map<String, String> env = new HashMap<>(javaHome());
        env.put("INTENTIONS_CDS", "1");
        env.put("FAKE_EXIT", "3");
        Run first = run(home.resolve("bin/intentions"), env, "check");
        assertEquals(3, first.exit(), "the generator's exit code is the launcher's: " + first.err());
        String asked = first.out().lines().filter(l -> l.startsWith("[-XX:ArchiveClassesAtExit=")).findFirst()
                .orElseThrow(() -> new AssertionError(first.out()));
        String temporary = asked.substring("[-XX:ArchiveClassesAtExit=".length(), asked.length() - 1);
        assertTrue(temporary.matches(java.util.regex.Pattern.quote(lib.toString())
                + "/intentions-\\d+\\.jsa\\.\\d+\\.tmp"), "written under a name of its own first: " + temporary);
        assertTrue(first.out().endsWith(args("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar",
                lib.resolve("intentions.jar").toString(), "check")), first.out());
        Path archive = Path.of(temporary.substring(0, temporary.lastIndexOf(".jsa.") + 4));
        assertEquals("archive\n", Files.readString(archive), "renamed into place once complete");
        assertFalse(Files.exists(Path.of(temporary)));
        assertFalse(Files.exists(stale), "an earlier jar's archive is removed");

        env.remove("FAKE_EXIT");
        Run second = run(home.resolve("bin/intentions"), env, "check");
        assertEquals(args("-Djava.awt.headless=true", "-Xmx1g", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar",
                lib.resolve("intentions.jar").toString(), "check"), second.out());

        Files.writeString(lib.resolve("intentions.jar"), "a rebuilt jar, of another size");
        Run third = run(home.resolve("bin/intentions"), env, "check");
        assertTrue(third.out().contains("[-XX:ArchiveClassesAtExit="), "a new jar gets a new archive: " + third.out());
        assertFalse(third.out().contains("SharedArchiveFile"), third.out());
    }

    @Test
    void stoppedByItsProcessIdOnAFirstRunItStopsTheGeneratorToo() throws Exception {
        // the first run with a jar runs Java as a child (to rename the class archive after it); a `serve`
        // stopped by the launcher's process id, as a service manager or script does, must not carry on orphaned
        Path home = install();
        Path bin = dir.resolve("jdk/bin");
        Files.writeString(bin.resolve("java"), "#!/bin/sh\ntrap 'echo stopped > \"" + dir.resolve("stopped")
                + "\"; exit 143' TERM\nread line\necho \"$line\" > \"" + dir.resolve("ready.tmp") + "\"\n"
                + "mv \"" + dir.resolve("ready.tmp") + "\" \"" + dir.resolve("ready") + "\"\n"
                + "while :; do sleep 0.05; done\n");
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", home.resolve("bin/intentions").toString(), "serve")
                .directory(dir.toFile());
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("INTENTIONS_CDS", "1");
        Process launcher = pb.start();
        launcher.getOutputStream().write("its standard input\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        launcher.getOutputStream().flush();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(dir.resolve("ready")) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals("its standard input\n", Files.readString(dir.resolve("ready")), "the generator reads it");
        launcher.destroy(); // SIGTERM to the launcher only
        assertTrue(launcher.waitFor(20, java.util.concurrent.TimeUnit.SECONDS), "the launcher ends");
        assertEquals(143, launcher.exitValue(), "the generator's own exit status");
        assertEquals("stopped\n", Files.readString(dir.resolve("stopped")), "the generator was told to stop");
    }

    @Test
    void buildIsToldHowToStartTheBuildDaemonUnlessTheUserSaysNot() throws Exception {
        Path home = install();
        Files.writeString(dir.resolve("jdk/bin/java"), "#!/bin/sh\necho \"daemon=[${INTENTIONS_DAEMON_OPTS-unset}]\"\n");
        Path launcher = home.resolve("bin/intentions");
        assertEquals("daemon=[-Djava.awt.headless=true -Xmx1g -XX:+UseParallelGC]\n",
                run(launcher, javaHome(), "build").out(), "the long-lived options, as serve's");
        Map<String, String> env = new HashMap<>(javaHome());
        env.put("INTENTIONS_OPTS", "-Xmx300m");
        assertEquals("daemon=[-Djava.awt.headless=true -Xmx300m]\n", run(launcher, env, "build").out());
        env.put("INTENTIONS_DAEMON", "0");
        env.put("INTENTIONS_DAEMON_OPTS", "-Xmx2g");
        assertEquals("daemon=[unset]\n", run(launcher, env, "build").out(), "INTENTIONS_DAEMON=0: no daemon");
        assertEquals("daemon=[unset]\n", run(launcher, javaHome(), "check").out(), "only build uses one");
        Map<String, String> ci = new HashMap<>(javaHome());
        ci.put("CI", "true");
        assertEquals("daemon=[unset]\n", run(launcher, ci, "build").out(), "a CI job's build is its last");
    }

    @Test
    void calledThroughSymbolicLinksItStillFindsItsJar() throws Exception {
        Path home = install();
        Path userBin = Files.createDirectories(dir.resolve("user/bin"));
        Path hop = Files.createSymbolicLink(dir.resolve("user/hop"), Path.of("../install/bin/intentions"));
        Path link = Files.createSymbolicLink(userBin.resolve("intentions"), Path.of("../hop"));
        Run r = run(link, javaHome(), "check");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(args("-jar", home.toRealPath().resolve("lib/intentions.jar").toString(), "check")),
                r.out());
        assertTrue(Files.isSymbolicLink(hop));
    }

    @Test
    void findsJavaOnThePathWithoutJavaHome() throws Exception {
        Path home = install();
        Run r = run(home.resolve("bin/intentions"), Map.of("PATH", dir.resolve("jdk/bin") + ":/usr/bin:/bin"),
                "--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith(args("--help")), r.out());
    }

    @Test
    void saysWhatIsMissing() throws Exception {
        Path home = install();
        Run noJava = run(home.resolve("bin/intentions"), Map.of("JAVA_HOME", dir.resolve("nowhere").toString()));
        assertEquals(2, noJava.exit());
        assertEquals("intentions: JAVA_HOME is set to " + dir.resolve("nowhere") + ", but " + dir.resolve("nowhere")
                + "/bin/java is not an executable Java; set JAVA_HOME to a Java 17 installation\n", noJava.err());

        Files.delete(home.resolve("lib/intentions.jar"));
        Run noJar = run(home.resolve("bin/intentions"), javaHome(), "build");
        assertEquals(2, noJar.exit());
        assertTrue(noJar.err().startsWith("intentions: the generator jar " + home.toRealPath()
                + "/generator/target/intentions.jar does not exist; build it first"), noJar.err());
        assertEquals("", noJar.out());
    }

    /** The real thing: the launcher runs the generator (classes and libraries named by a small jar's manifest). */
    @Test
    void runsTheGenerator() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"), "INTENTIONS_JAR",
                generatorJar().toString());
        Run r = run(LAUNCHER, env, "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("intentions \\S+\n"), r.out());
        assertEquals("", r.err());
    }

    /**
     * The real thing again: {@code build} goes to a build daemon that the first build starts, the next build
     * uses it, what they publish is what a build in its own JVM publishes, and the daemon goes once idle.
     */
    @Test
    void buildsGoThroughTheBuildDaemonWhichGoesAwayWhenIdle() throws Exception {
        Path config = uk.nhs.intentions.testing.TestSites.minimal(dir.resolve("site"));
        Path runtime = Files.createDirectories(dir.resolve("run"));
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"), "INTENTIONS_JAR",
                generatorJar().toString(), "XDG_RUNTIME_DIR", runtime.toString(), "INTENTIONS_DAEMON_IDLE", "PT2S");
        Run first = run(LAUNCHER, env, "build", "--config", "site/site-config.yml");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().startsWith("Built "), first.out());
        Path priorities = dir.resolve("site/content/priorities.yml");
        Files.writeString(priorities, Files.readString(priorities) + "\n# a fictional edit\n");
        Run second = run(LAUNCHER, env, "build", "--config", "site/site-config.yml");
        assertEquals(0, second.exit(), second.err());

        List<Path> logs;
        try (var s = Files.list(runtime.resolve("intentions"))) {
            logs = s.filter(p -> p.toString().endsWith(".log")).toList();
        }
        assertEquals(1, logs.size(), logs.toString());
        Path log = logs.get(0);
        assertEquals(2, Files.readAllLines(log).stream()
                .filter(l -> l.contains(" build --config site/site-config.yml: exit 0 in ")).count(),
                Files.readString(log));

        Run alone = run(LAUNCHER, env, "build", "--no-daemon", "--config", "site/site-config.yml", "--out", "alone");
        assertEquals(0, alone.exit(), alone.err());
        assertEquals(tree(dir.resolve("alone")), tree(dir.resolve("site/site")));

        Path socket = Path.of(log.toString().replaceFirst("\\.log$", ".sock"));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (Files.exists(socket) && System.nanoTime() < deadline) {
            Thread.sleep(50); // waiting for the daemon's idle time to pass, which is what is tested
        }
        assertFalse(Files.exists(socket), "the idle daemon went, taking its socket");
    }

    /** Every file under {@code root} with its bytes (one char per byte, so equal maps mean equal bytes). */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var s = Files.walk(root.toRealPath())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.toRealPath().relativize(p).toString(),
                        new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** A small jar whose manifest names the generator's entry point and the test's class path. */
    private Path generatorJar() throws IOException {
        Path jar = dir.resolve("intentions.jar");
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "uk.nhs.intentions.cli.Entry");
        StringBuilder cp = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            cp.append(Path.of(entry).toUri()).append(' ');
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, cp.toString().trim());
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            out.flush();
        }
        return jar;
    }
}
