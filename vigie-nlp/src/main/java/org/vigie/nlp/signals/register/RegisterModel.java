package org.vigie.nlp.signals.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vigie.nlp.signals.Resources;

/**
 * The combined register score: a logistic regression over {@link RegisterScorer} features, each
 * taken as {@code log(1 + value)} and standardised, with weights read from
 * {@code register/register-weights.txt} (fitted by the bench on FreSaDa's train split, see that
 * file). Each feature's share of the score is available, so the score can say which features
 * and which words drove it.
 *
 * <p>File lines: {@code bias = b}, {@code threshold = t} (emission threshold on the probability),
 * and one {@code feature | weight | mean | sd} line per feature.
 */
public final class RegisterModel {

    /** One feature's term: {@code weight * (log1p(value) - mean) / sd}. */
    public record Term(String feature, double weight, double mean, double sd) {
        public double contribution(double value) {
            return weight * (Math.log1p(value) - mean) / sd;
        }
    }

    /** How much one feature pushed an article's score up (positive) or down. */
    public record Contribution(String feature, double value, double weight, double contribution) {
    }

    private static final RegisterModel BUNDLED = parse(Resources.lines("register/register-weights.txt"));

    private final double bias;
    private final double threshold;
    private final List<Term> terms;

    public RegisterModel(double bias, double threshold, List<Term> terms) {
        for (Term t : terms) {
            if (!RegisterScorer.FEATURES.contains(t.feature())) throw new IllegalArgumentException("unknown feature " + t.feature());
            if (!(t.sd() > 0)) throw new IllegalArgumentException("feature " + t.feature() + ": sd must be > 0");
            if (t.weight() * RegisterPriors.direction(t.feature()) < 0) {
                throw new IllegalArgumentException("feature " + t.feature() + ": weight " + t.weight()
                        + " against its prior direction (register-priors.txt)");
            }
        }
        this.bias = bias;
        this.threshold = threshold;
        this.terms = List.copyOf(terms);
    }

    public static RegisterModel bundled() {
        return BUNDLED;
    }

    static RegisterModel parse(List<Resources.Line> lines) {
        Double bias = null;
        Double threshold = null;
        List<Term> terms = new ArrayList<>();
        for (Resources.Line line : lines) {
            try {
                int eq = line.text().indexOf('=');
                if (eq >= 0) {
                    String key = line.text().substring(0, eq).strip();
                    double v = Double.parseDouble(line.text().substring(eq + 1).strip());
                    switch (key) {
                        case "bias" -> bias = v;
                        case "threshold" -> threshold = v;
                        default -> throw line.error("unknown key " + key + " (expected bias or threshold)");
                    }
                    continue;
                }
                String[] f = line.fields();
                if (f.length != 4) throw line.error("expected feature | weight | mean | sd");
                if (!RegisterScorer.FEATURES.contains(f[0])) throw line.error("unknown feature " + f[0]);
                terms.add(new Term(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
            } catch (NumberFormatException e) {
                throw line.error("not a number");
            }
        }
        if (bias == null || threshold == null) {
            throw new IllegalArgumentException("register weights need both 'bias =' and 'threshold =' lines");
        }
        return new RegisterModel(bias, threshold, terms);
    }

    /** Probability-like score in (0, 1) that the text is written in a satirical or sensational register. */
    public double probability(RegisterScorer.Profile p) {
        double s = bias;
        for (Term t : terms) s += t.contribution(p.features().getOrDefault(t.feature(), 0.0));
        return 1 / (1 + Math.exp(-s));
    }

    /** Every feature's contribution, strongest push towards the register first. */
    public List<Contribution> contributions(RegisterScorer.Profile p) {
        List<Contribution> out = new ArrayList<>();
        for (Term t : terms) {
            double v = p.features().getOrDefault(t.feature(), 0.0);
            out.add(new Contribution(t.feature(), v, t.weight(), t.contribution(v)));
        }
        out.sort(Comparator.comparingDouble(Contribution::contribution).reversed());
        return out;
    }

    public double threshold() {
        return threshold;
    }

    public List<Term> terms() {
        return terms;
    }

    /** The file form of a model, after a header of comment lines (each without its "#"). */
    public String format(List<String> header) {
        StringBuilder b = new StringBuilder();
        for (String h : header) b.append("# ").append(h).append('\n');
        b.append(String.format(Locale.ROOT, "bias = %.4f%nthreshold = %.4f%n", bias, threshold));
        b.append("# feature | weight | mean of log(1 + value) | sd of log(1 + value)\n");
        for (Term t : terms) {
            b.append(String.format(Locale.ROOT, "%s | %.4f | %.4f | %.4f%n", t.feature(), t.weight(), t.mean(), t.sd()));
        }
        return b.toString();
    }

    public RegisterModel withThreshold(double t) {
        return new RegisterModel(bias, t, terms);
    }
}
