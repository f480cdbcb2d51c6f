package uk.nhs.intentions.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One of the command's output streams, sent to the client as frames of its kind. A client gone away (its user
 * pressed Ctrl-C) makes writes fail; the build goes on to its end, publishing as it would, and nothing more is sent.
 */
final class FrameStream extends OutputStream {
    private final DataOutputStream wire;
    private final byte kind;

    FrameStream(DataOutputStream wire, byte kind) {
        this.wire = wire;
        this.kind = kind;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return;
        }
        synchronized (wire) {
            wire.writeByte(kind);
            wire.writeInt(len);
            wire.write(b, off, len);
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (wire) {
            wire.flush();
        }
    }
}
