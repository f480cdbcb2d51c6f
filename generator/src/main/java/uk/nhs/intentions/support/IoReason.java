package uk.nhs.intentions.support;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** An I/O failure in words, with the operating system's reason ("Permission denied", "No space left on device"). */
public final class IoReason {
    private IoReason() {
    }

    public static String of(IOException e) {
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() != null ? f.getReason()
                    : e instanceof AccessDeniedException ? "Permission denied"
                    : e instanceof NoSuchFileException ? "No such file or folder"
                    : e instanceof NotDirectoryException ? "Not a folder"
                    : e.getClass().getSimpleName();
            String other = f.getOtherFile() == null ? "" : " → " + f.getOtherFile();
            return (f.getFile() == null ? "" : f.getFile() + other + ": ") + reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
