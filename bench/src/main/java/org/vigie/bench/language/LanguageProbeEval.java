package org.vigie.bench.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.vigie.bench.BenchFiles;
import org.vigie.core.model.Article;
import org.vigie.ingest.language.LanguageStage;

/**
 * {@link LanguageStage}'s two-probe first pass against Lingua on the whole 1,000-character sample
 * (what the stage did before the probes): agreement and CPU per text, on OrangeSum bodies, on
 * single-language news sentences in eleven languages, and on mixed texts (a foreign paragraph
 * before or after French) where a probe alone would be misled.
 *
 * <pre>
 * bench/run org.vigie.bench.language.LanguageProbeEval [--data PATH] [--n 2000]
 * </pre>
 */
public final class LanguageProbeEval {

    /** One news sentence per language (written for this bench; same story in each). */
    private static final List<String> SENTENCES = List.of(
            "Les présidents russe et turc se sont entendus lundi à Istanbul pour intensifier les contacts entre"
                    + " leurs ministères de la Défense et lancer des projets communs, a-t-on appris de source officielle.",
            "The Russian and Turkish presidents agreed on Monday in Istanbul to step up contacts between their"
                    + " defence ministries and to launch joint projects, official sources said.",
            "Die Präsidenten Russlands und der Türkei haben sich am Montag in Istanbul darauf geeinigt, die Kontakte"
                    + " zwischen ihren Verteidigungsministerien zu verstärken.",
            "Los presidentes de Rusia y Turquía acordaron el lunes en Estambul intensificar los contactos entre sus"
                    + " ministerios de Defensa y lanzar proyectos conjuntos, según fuentes oficiales.",
            "I presidenti di Russia e Turchia hanno concordato lunedì a Istanbul di intensificare i contatti tra i"
                    + " loro ministeri della Difesa e di avviare progetti comuni, secondo fonti ufficiali.",
            "Os presidentes da Rússia e da Turquia acordaram na segunda-feira em Istambul intensificar os contactos"
                    + " entre os seus ministérios da Defesa e lançar projetos comuns, segundo fontes oficiais.",
            "De presidenten van Rusland en Turkije zijn maandag in Istanbul overeengekomen de contacten tussen hun"
                    + " ministeries van Defensie te intensiveren en gezamenlijke projecten te starten.",
            "Prezydenci Rosji i Turcji uzgodnili w poniedziałek w Stambule zacieśnienie kontaktów między"
                    + " ministerstwami obrony oraz uruchomienie wspólnych projektów, podały oficjalne źródła.",
            "Rusya ve Türkiye cumhurbaşkanları pazartesi günü İstanbul'da savunma bakanlıkları arasındaki temasları"
                    + " yoğunlaştırma ve ortak projeler başlatma konusunda anlaştı.",
            "Президенты России и Турции договорились в понедельник в Стамбуле активизировать контакты между"
                    + " министерствами обороны двух стран.",
            "اتفق الرئيسان الروسي والتركي يوم الاثنين في إسطنبول على تكثيف الاتصالات بين وزارتي الدفاع في البلدين"
                    + " وإطلاق مشاريع مشتركة.");

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/corpora/orangesum/orangesum_parsed.jsonl.gz");
        int n = 2000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--n" -> n = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (expected --data PATH, --n N)");
            }
        }
        if (!Files.isRegularFile(data)) throw new IllegalArgumentException("no data file " + data.toAbsolutePath());
        List<String> bodies = new ArrayList<>();
        for (Article a : BenchFiles.orangesumRead(data, n)) bodies.add(a.body());
        List<String> single = new ArrayList<>();
        for (String s : SENTENCES) {
            single.add(s);
            single.add(String.join(" ", s, s, s, s)); // long enough for the probes
        }
        List<String> mixed = new ArrayList<>();
        for (int i = 0; i < Math.min(300, bodies.size()); i++) {
            String foreign = SENTENCES.get(1 + i % (SENTENCES.size() - 1));
            String body = bodies.get(i);
            mixed.add(foreign + "\n" + body);                                                  // foreign opening
            mixed.add(body.substring(0, Math.min(300, body.length())) + "\n" + foreign + " " + foreign); // foreign end
        }
        LanguageDetector lingua = LanguageDetectorBuilder.fromLanguages(LanguageStage.NEWS_LANGUAGES)
                .withLowAccuracyMode().build();
        LanguageStage stage = new LanguageStage();
        // warm both paths before timing
        for (int i = 0; i < Math.min(200, bodies.size()); i++) {
            whole(lingua, bodies.get(i));
            stage.detect(bodies.get(i));
        }
        System.out.printf(Locale.ROOT, "language: two probes vs Lingua on the whole %d-character sample%n", 1000);
        System.out.println("set                      texts   agree   whole ms/text   probes ms/text (process CPU)");
        report("OrangeSum bodies", bodies, lingua, stage);
        report("single-language news", single, lingua, stage);
        report("mixed (foreign + French)", mixed, lingua, stage);
    }

    private static void report(String label, List<String> texts, LanguageDetector lingua, LanguageStage stage) {
        List<String> ref = new ArrayList<>();
        long c0 = processCpu();
        for (String t : texts) ref.add(whole(lingua, t));
        long c1 = processCpu();
        int agree = 0;
        List<String> got = new ArrayList<>();
        for (String t : texts) {
            LanguageStage.Guess g = stage.detect(t);
            got.add(g == null ? null : g.code());
        }
        long c2 = processCpu();
        for (int i = 0; i < texts.size(); i++) if (Objects.equals(ref.get(i), got.get(i))) agree++;
        System.out.printf(Locale.ROOT, "%-24s %6d %7d %15.3f %16.3f%n", label, texts.size(), agree,
                (c1 - c0) / 1e6 / texts.size(), (c2 - c1) / 1e6 / texts.size());
        for (int i = 0, shown = 0; i < texts.size() && shown < 5; i++) {
            if (!Objects.equals(ref.get(i), got.get(i))) {
                shown++;
                String t = texts.get(i);
                System.out.printf(Locale.ROOT, "  differs: whole %s, probes %s: %s%n", ref.get(i), got.get(i),
                        t.substring(0, Math.min(120, t.length())).replace('\n', ' '));
            }
        }
    }

    /** What the stage answered before the probes: Lingua on the first 1,000 characters, cut at a space. */
    private static String whole(LanguageDetector lingua, String text) {
        if (text == null || text.isBlank()) return null;
        String t = text;
        if (t.length() > 1000) {
            int cut = t.lastIndexOf(' ', 1000);
            t = t.substring(0, cut > 500 ? cut : 1000);
        }
        var values = lingua.computeLanguageConfidenceValues(t);
        if (values.isEmpty() || values.firstKey() == Language.UNKNOWN) return null;
        return values.firstKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
