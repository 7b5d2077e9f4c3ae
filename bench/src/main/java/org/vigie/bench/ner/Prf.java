package org.vigie.bench.ner;

import java.util.Locale;

/** Counts of true positives, predictions and gold items, printed as precision / recall / F1. */
class Prf {
    int tp;
    int predicted;
    int gold;

    void add(int tp, int predicted, int gold) {
        this.tp += tp;
        this.predicted += predicted;
        this.gold += gold;
    }

    double p() {
        return predicted == 0 ? 0 : (double) tp / predicted;
    }

    double r() {
        return gold == 0 ? 0 : (double) tp / gold;
    }

    double f1() {
        double p = p();
        double r = r();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)", p(), r(), f1(), tp, predicted, gold);
    }
}
