package uk.nhs.intentions.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * Where one daemon listens ({@code socket}), holds its lock and writes its log: a folder of the user's own
 * ({@code $XDG_RUNTIME_DIR/intentions}, else {@code intentions-USER} in the temporary folder) that must be a real
 * folder owned by this user and closed to everyone else, since whoever can reach the socket can run builds as
 * this user. Empty when no such folder can be had (another user made it, an operating system without Unix
 * sockets): the command then runs in its own process.
 */
public record DaemonPlace(Path folder, Path socket, Path lock, Path log) {
    /** Unix-domain socket paths longer than this do not fit the system's address structure. */
    private static final int MAX_SOCKET_PATH = 100;

    /**
     * The place of the daemon for {@code jar} run with {@code javaCommand}: a new jar (rebuilt, upgraded) or other
     * JVM options get a daemon of their own.
     */
    public static Optional<DaemonPlace> of(Path jar, List<String> javaCommand, Map<String, String> env) {
        try {
            long uid = uid();
            StringBuilder key = new StringBuilder().append(jar.toAbsolutePath().normalize()).append('\0')
                    .append(Files.size(jar)).append('\0').append(Files.getLastModifiedTime(jar).toMillis())
                    .append('\0').append(uid);
            for (String o : javaCommand) {
                // the class-data archive and log settings do not change what runs: a daemon started before the
                // launcher had made its archive is still the one to use
                if (!o.startsWith("-XX:SharedArchiveFile=") && !o.startsWith("-Xlog:")) {
                    key.append('\0').append(o);
                }
            }
            String name = name(key.toString());
            Optional<Path> folder = folder(env, uid);
            if (folder.isEmpty()) {
                return Optional.empty();
            }
            Path f = folder.get();
            Path socket = f.resolve(name + ".sock");
            if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
                return Optional.empty();
            }
            return Optional.of(new DaemonPlace(f, socket, f.resolve(name + ".lock"), f.resolve(name + ".log")));
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** 16 hex digits naming the daemon (CRC-32 and String's hash: enough to tell a user's few daemons apart). */
    private static String name(String key) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue() | 1L << 32).substring(1)
                + Long.toHexString((key.hashCode() & 0xffffffffL) | 1L << 32).substring(1);
    }

    /** The place whose socket is {@code socket} (the daemon is told it by the client that starts it). */
    public static DaemonPlace at(Path socket) {
        Path folder = socket.toAbsolutePath().normalize().getParent();
        String name = socket.getFileName().toString().replaceFirst("\\.sock$", "");
        return new DaemonPlace(folder, folder.resolve(name + ".sock"), folder.resolve(name + ".lock"),
                folder.resolve(name + ".log"));
    }

    private static Optional<Path> folder(Map<String, String> env, long uid) throws IOException {
        String runtime = env.getOrDefault("XDG_RUNTIME_DIR", "");
        Path folder = !runtime.isEmpty() && Path.of(runtime).isAbsolute() && Files.isDirectory(Path.of(runtime))
                ? Path.of(runtime, "intentions")
                : Path.of(System.getProperty("java.io.tmpdir"), "intentions-" + uid);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                        EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                                PosixFilePermission.OWNER_EXECUTE)));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made by another client at the same moment: checked below like any other
            }
        }
        boolean ours = Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && ((Number) Files.getAttribute(folder, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue() == uid
                && Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(EnumSet.of(
                        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE));
        return ours ? Optional.of(folder) : Optional.empty();
    }

    /** This process's user id, as the system knows it (the owner of {@code /proc/self}). */
    private static long uid() throws IOException {
        return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
    }
}
