package org.vigie.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every language's word lists are the same files, and its role-context.txt the same sets, as
 * French's (the root folder): a list or set added for one language and not the others fails at run
 * time on the first article of another ("missing resource entities/de/name-suffixes.txt", after two
 * branches each added a language or a list). A language that does not use one says so with an empty
 * list or "-".
 */
class LanguageListsInStepTest {

    static final Path ROOT = Path.of("src/main/resources/org/vigie/nlp/entities");

    static Set<String> lists(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt")).toList());
        }
    }

    static Set<String> roleContextSets(Path file) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            out.add(line.split("\t", 2)[0].strip());
        }
        return out;
    }

    @Test
    void everyLanguageHasEveryListAndEveryRoleContextSet() throws IOException {
        Set<String> french = lists(ROOT);
        Set<String> frenchSets = roleContextSets(ROOT.resolve("role-context.txt"));
        assertTrue(french.contains("role-context.txt") && frenchSets.size() > 10, french + " " + frenchSets);
        try (Stream<Path> s = Files.list(ROOT)) {
            for (Path language : s.filter(Files::isDirectory).toList()) {
                assertEquals(french, lists(language), language.getFileName() + ": the lists are French's");
                assertEquals(frenchSets, roleContextSets(language.resolve("role-context.txt")),
                        language.getFileName() + "/role-context.txt: the sets are French's");
            }
        }
    }
}
