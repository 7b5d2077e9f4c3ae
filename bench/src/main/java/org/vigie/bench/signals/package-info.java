/**
 * Evaluation of the signal stages ({@link org.vigie.bench.signals.SignalEval}; the firing rate and
 * synthetic recall of {@code headline-contradicts-body} in
 * {@link org.vigie.bench.signals.ContradictionRate}). From the
 * repository root:
 * <pre>
 * mvn -q -B -o -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -Xmx3g -cp bench/target/classes:$(cat bench/target/classpath.txt) \
 *     org.vigie.bench.signals.SignalEval [--shared ../shared] [--orangesum 1000] [--examples 5] \
 *     [--skip-fresada] [--skip-obsinfox] [--skip-orangesum]
 * </pre>
 * Data are read in place from {@code ../shared/corpora} (FreSaDa and OBSINFOX are NC-licensed:
 * never copied into the repository).
 */
package org.vigie.bench.signals;
