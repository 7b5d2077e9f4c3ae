package org.vigie.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** A file written whole or not at all (--out of export and feed): a cron job never publishes half a table or feed. */
final class AtomicFile {

    /** What writes the file's bytes. */
    interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** The absolute path to write, in a folder that exists; checked before the (maybe long) work. */
    static Path checkTarget(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) throw new UserException("--out " + file + " is a folder: give a file name", 2);
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new UserException("--out " + file + ": no folder " + dir, 2);
        return target;
    }

    /**
     * Writes a hidden temporary file next to {@code target}, then moves it into place: a failed or
     * interrupted write leaves the previous file (or none), never part of one.
     */
    static <T> T replace(Path target, Content<T> content) throws IOException {
        Path part = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Long.toHexString(System.nanoTime()) + ".part");
        boolean done = false;
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                result = content.writeTo(out);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return result;
        } finally {
            if (!done) Files.deleteIfExists(part);
        }
    }
}
