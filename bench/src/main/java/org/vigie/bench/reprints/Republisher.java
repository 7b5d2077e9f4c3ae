package org.vigie.bench.reprints;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.corpus.reprints.Change;

/**
 * Makes the copies re-blogging sites make of an article: a new headline, a standfirst added,
 * replaced or dropped, the last paragraph dropped, reader comments and share buttons appended,
 * a few typos, another site, a later date or none. Each copy records what was done to it so the
 * evaluation can check the reported changes.
 */
final class Republisher {

    /** A copy and the change kinds it should be reported with. */
    record Copy(Article article, Set<Change.Kind> expected) {
    }

    private static final String[] SITES = {
        "reinfo-quotidien.fr", "lecho-des-patriotes.net", "veille-libre.info", "actu-sans-filtre.com",
        "le-journal-alternatif.fr", "blog.citoyen-eveille.org", "nouvelles-du-monde.net", "infos-en-continu.fr",
        "la-voix-libre.com", "revue-de-presse-24.fr", "observatoire-geopolitique.net", "le-grand-soir-info.org"};
    private static final String[] HEADLINE_PREFIX = {
        "EXCLUSIF - ", "INFO - ", "À LIRE : ", "Scandale : ", "Révélations : ", "URGENT : ", "Ce que les médias ne disent pas : "};
    private static final String[] HEADLINE_SUFFIX = {
        " : ce que l'on sait", " (vidéo)", " - la réaction qui fait polémique", " : enfin la vérité ?", " | Nos informations"};
    private static final String[] STANDFIRST = {
        "Notre rédaction a lu pour vous cette information passée presque inaperçue dans les grands médias.",
        "Une dépêche que vous ne lirez pas à la une des journaux du soir, et qui mérite pourtant toute votre attention.",
        "Nous relayons ici cette information importante, en vous laissant juger par vous-mêmes.",
        "Article repris pour l'information de nos lecteurs ; les intertitres sont de la rédaction.",
        "Voici les faits, tels qu'ils ont été rapportés, et quelques questions qu'ils soulèvent."};
    private static final String[] JUNK = {
        "Partagez cet article sur les réseaux sociaux pour que l'information circule !",
        "Abonnez-vous à notre lettre d'information pour ne rien manquer de l'actualité qui dérange.",
        "Commentaires : Jean-Marc a écrit le même jour : on nous cache décidément beaucoup de choses, merci pour ce partage.",
        "Réagir à cet article : 12 commentaires. Marie-Claude : toujours les mêmes qui paient, rien ne change.",
        "Soutenez la presse indépendante : faites un don, même modeste, pour que nous puissions continuer.",
        "Crédit photo : DR. Les opinions exprimées n'engagent que leurs auteurs.",
        "Vous aimerez aussi : les dix informations de la semaine qu'il ne fallait pas manquer."};

    private final Random rnd;

    Republisher(Random rnd) {
        this.rnd = rnd;
    }

    /**
     * The original as published by its site. OrangeSum gives days only; pages usually carry a
     * publication time too, so the original gets one (06:00-20:59, Paris summer time).
     */
    Article original(Article a, String site) {
        String date = a.metadata().date();
        if (date != null && date.length() == 10) {
            date = LocalDate.parse(date).atTime(6 + rnd.nextInt(15), rnd.nextInt(60)).atOffset(ZoneOffset.ofHours(2)).toString();
        }
        return a.withMetadata(new Metadata(null, null, site, List.of(), date, "input", null, null));
    }

    private static OffsetDateTime published(String date) {
        return date.length() == 10 ? LocalDate.parse(date).atTime(12, 0).atOffset(ZoneOffset.ofHours(2)) : OffsetDateTime.parse(date);
    }

    Copy copy(Article original, String sourceId) {
        Set<Change.Kind> expected = EnumSet.noneOf(Change.Kind.class);
        String title = original.title();
        String standfirst = original.standfirst();
        List<String> paras = new ArrayList<>();
        for (var s : original.paragraphs()) paras.add(original.text().substring(s.start(), s.end()));
        boolean any = false;
        if (rnd.nextDouble() < 0.7) {
            title = rnd.nextBoolean() ? pick(HEADLINE_PREFIX) + title : title + pick(HEADLINE_SUFFIX);
            expected.add(Change.Kind.HEADLINE_CHANGED);
        }
        if (rnd.nextDouble() < 0.4) {
            if (standfirst == null) {
                expected.add(Change.Kind.STANDFIRST_ADDED);
                standfirst = pick(STANDFIRST);
            } else if (rnd.nextBoolean()) {
                expected.add(Change.Kind.STANDFIRST_CHANGED);
                standfirst = pick(STANDFIRST);
            } else {
                expected.add(Change.Kind.STANDFIRST_REMOVED);
                standfirst = null;
            }
            any = true;
        }
        if (paras.size() >= 3 && rnd.nextDouble() < 0.4) {
            paras.remove(paras.size() - 1);
            expected.add(Change.Kind.PARAGRAPH_REMOVED);
            any = true;
        }
        int body = paras.size(); // paragraphs of the original text, before any junk
        if (rnd.nextDouble() < 0.4) {
            int n = 1 + rnd.nextInt(3);
            for (int i = 0; i < n; i++) paras.add(pick(JUNK));
            expected.add(Change.Kind.PARAGRAPH_ADDED);
            any = true;
        }
        if (!any || rnd.nextDouble() < 0.5) {
            int n = 1 + rnd.nextInt(6);
            boolean done = false;
            for (int i = 0; i < n && body > 0; i++) {
                int p = rnd.nextInt(body);
                String typo = typo(paras.get(p));
                done |= !typo.equals(paras.get(p));
                paras.set(p, typo);
            }
            if (done) expected.add(Change.Kind.PARAGRAPH_EDITED);
        }
        Article c = Article.compose(title, standfirst, paras);
        String date = null;
        if (original.metadata().date() != null && rnd.nextDouble() >= 0.15) {
            // A quarter of copies appear the same day, a few hours later; one in five pages has no time.
            OffsetDateTime o = published(original.metadata().date());
            OffsetDateTime t = rnd.nextDouble() < 0.25 ? o.plusMinutes(60 + rnd.nextInt(8 * 60))
                    : o.plusDays(1 + rnd.nextInt(5)).withHour(6 + rnd.nextInt(15));
            date = rnd.nextDouble() < 0.2 ? t.toLocalDate().toString() : t.toString();
        }
        c = c.withSourceId(sourceId).withMetadata(new Metadata(null, null, pick(SITES), List.of(), date,
                date == null ? null : "meta", null, null));
        return new Copy(c, expected);
    }

    /** One typo in a random word of five letters or more: swap, drop or double a letter. */
    String typo(String p) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            if (!Character.isLetter(p.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < p.length() && Character.isLetter(p.charAt(i))) i++;
            if (i - s >= 5) words.add(new int[]{s, i});
        }
        if (words.isEmpty()) return p;
        int[] w = words.get(rnd.nextInt(words.size()));
        int k = w[0] + 1 + rnd.nextInt(w[1] - w[0] - 2);
        String word = p.substring(w[0], w[1]);
        int j = k - w[0];
        String t = switch (rnd.nextInt(3)) {
            case 0 -> word.substring(0, j) + word.charAt(j + 1) + word.charAt(j) + word.substring(j + 2);
            case 1 -> word.substring(0, j) + word.substring(j + 1);
            default -> word.substring(0, j) + word.charAt(j) + word.substring(j);
        };
        return p.substring(0, w[0]) + t + p.substring(w[1]);
    }

    String site() {
        return pick(SITES);
    }

    private String pick(String[] xs) {
        return xs[rnd.nextInt(xs.length)];
    }
}
