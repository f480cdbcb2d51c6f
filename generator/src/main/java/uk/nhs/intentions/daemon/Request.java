package uk.nhs.intentions.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client asks the daemon to run: the command's arguments as typed, the folder they were typed in (relative
 * paths are resolved against it, not the daemon's) and the client's environment (SOURCE_DATE_EPOCH and the like).
 */
public record Request(Path cwd, List<String> args, Map<String, String> env) {
    static final String MAGIC = "intentions-daemon";
    /** Changed whenever the wire format changes; a daemon of another format is not the same jar anyway. */
    static final int FORMAT = 1;
    /** Frames from the daemon: output, error output, the exit code. */
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;

    public Request {
        args = List.copyOf(args);
        env = Map.copyOf(env);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        text(out, cwd.toString());
        out.writeInt(args.size());
        for (String a : args) {
            text(out, a);
        }
        out.writeInt(env.size());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(env).entrySet()) {
            text(out, e.getKey());
            text(out, e.getValue());
        }
        out.flush();
    }

    static Request read(DataInputStream in) throws IOException {
        if (!in.readUTF().equals(MAGIC) || in.readInt() != FORMAT) {
            throw new IOException("not a request of this daemon's format");
        }
        Path cwd = Path.of(text(in));
        int n = count(in);
        List<String> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            args.add(text(in));
        }
        int m = count(in);
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            env.put(text(in), text(in));
        }
        return new Request(cwd, args, env);
    }

    /** Any length and any characters (writeUTF stops at 64 KiB). */
    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(count(in)), StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 24) {
            throw new IOException("a request field of " + n + " bytes");
        }
        return n;
    }
}
