package org.vigie.ingest.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ReadException;
import org.vigie.core.read.RejectSink;

/**
 * The files a user means by a list of paths: files as given, folders walked recursively in name
 * order. In folders, hidden entries (".git", ".DS_Store") and the notices that ship beside data
 * (LICENSE, README, ATTRIBUTION, ...) are left out; a file named explicitly is always taken.
 */
public final class Inputs {

    /** Base names of notice files that sit beside data sets and are not articles. */
    static final Set<String> NOTICES = Set.of("license", "licence", "copying", "readme", "attribution",
            "notice", "changelog", "authors", "contributing");

    private Inputs() {
    }

    /**
     * Every input file under {@code paths}, each once. A path that does not exist, an unreadable
     * folder or a symbolic-link loop is rejected and the walk goes on.
     */
    public static List<Path> files(List<Path> paths, RejectSink rejects) {
        List<Path> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(p) && dir.getFileName().toString().startsWith(".")
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHiddenOrNotice(file)) found.add(file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            rejects.reject(ReadException.at(Origin.ofPath(file.toString()),
                                    (e instanceof FileSystemLoopException ? "symbolic link loop" : "cannot read")
                                            + ": skipped"));
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    rejects.reject(ReadException.at(Origin.ofPath(p.toString()), "cannot walk folder: " + e.getMessage()));
                }
                found.sort(null);
                for (Path f : found) {
                    if (seen.add(f.toAbsolutePath().normalize())) out.add(f);
                }
            } else if (Files.isRegularFile(p)) {
                if (seen.add(p.toAbsolutePath().normalize())) out.add(p);
            } else {
                rejects.reject(ReadException.at(Origin.ofPath(p.toString()),
                        Files.exists(p) ? "not a regular file or folder" : "no such file or folder"));
            }
        }
        return out;
    }

    private static boolean isHiddenOrNotice(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) return true;
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return NOTICES.contains(base);
    }
}
