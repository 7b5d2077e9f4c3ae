package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository, found from a module's folder (surefire's working directory). */
final class Repo {

    private Repo() {
    }

    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("samples"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("repository root (with samples/) not found above " + Path.of("").toAbsolutePath());
        return p;
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }
}
