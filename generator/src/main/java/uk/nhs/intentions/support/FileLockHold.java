package uk.nhs.intentions.support;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The operating system's exclusive lock on one file, held until closed. It goes with the process, so a killed
 * build or serve never leaves it taken; the file itself stays, empty.
 */
public final class FileLockHold implements Closeable {
    private final FileChannel channel;

    private FileLockHold(FileChannel channel) {
        this.channel = channel;
    }

    /** Takes the lock on {@code file} (made if missing); empty when another process, or this one, holds it. */
    public static Optional<FileLockHold> tryTake(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() != null) {
                return Optional.of(new FileLockHold(channel));
            }
        } catch (OverlappingFileLockException e) {
            // held elsewhere in this process
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        channel.close(); // releases the lock
    }
}
