package org.vigie.ingest.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
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

    /** Every input file under {@code paths}; a path that does not exist is rejected. */
    public static List<Path> files(List<Path> paths, RejectSink rejects) {
        List<Path> out = new ArrayList<>();
        Set<Path> seen = new TreeSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p, FileVisitOption.FOLLOW_LINKS)) {
                    walk.filter(f -> Files.isRegularFile(f) && !isHiddenOrNotice(p, f)).sorted()
                            .forEach(f -> {
                                if (seen.add(f.toAbsolutePath().normalize())) out.add(f);
                            });
                } catch (IOException | java.io.UncheckedIOException e) {
                    rejects.reject(ReadException.at(Origin.ofPath(p.toString()), "cannot walk folder: " + e.getMessage()));
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

    private static boolean isHiddenOrNotice(Path root, Path file) {
        Path rel = root.relativize(file);
        for (Path part : rel) {
            if (part.toString().startsWith(".")) return true;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return NOTICES.contains(base);
    }
}
