package org.vigie.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files a job reads, listed on the driver from any Hadoop file system (file:, hdfs:, s3a:)
 * with the CLI's rules ({@code org.vigie.ingest.source.Inputs}): folders walked recursively in
 * name order, hidden entries and notices (LICENSE, README, ATTRIBUTION, ...) left out, a file
 * named explicitly always taken.
 */
final class InputFiles {

    /** One input file; {@code explicit} when the user named it (an unknown format is then an error). */
    record Input(int index, String path, boolean explicit) implements Serializable {
    }

    private static final Set<String> NOTICES = Set.of("license", "licence", "copying", "readme", "attribution",
            "notice", "changelog", "authors", "contributing");

    private InputFiles() {
    }

    /** The inputs in reading order; paths that do not exist go to {@code missing}. */
    static List<Input> list(List<String> roots, Configuration conf, List<Item.Reject> missing) throws IOException {
        List<Input> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String root : roots) {
            Path p = new Path(root);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus st;
            try {
                st = fs.getFileStatus(p);
            } catch (java.io.FileNotFoundException e) {
                missing.add(new Item.Reject("list", root, null, null, null, "no such file or folder",
                        root + ": no such file or folder"));
                continue;
            }
            String qualified = st.getPath().toString();
            if (st.isDirectory()) {
                List<String> files = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    String path = f.getPath().toString();
                    if (f.isFile() && !hiddenOrNotice(qualified, path)) files.add(path);
                }
                files.sort(null);
                for (String f : files) {
                    if (seen.add(f)) out.add(new Input(out.size(), f, false));
                }
            } else if (seen.add(qualified)) {
                out.add(new Input(out.size(), qualified, true));
            }
        }
        return out;
    }

    static boolean hiddenOrNotice(String root, String file) {
        String rel = file.startsWith(root) ? file.substring(root.length()) : file;
        for (String part : rel.split("/")) {
            if (part.startsWith(".")) return true;
        }
        String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.indexOf('.');
        return NOTICES.contains(dot < 0 ? name : name.substring(0, dot));
    }
}
