/**
 * Differential privacy for pilots' answers (issue 13), as pure Java: no database, no HTTP.
 *
 * <ul>
 *   <li>{@link org.hearth.reporting.pilots.privacy.Mechanism}: noisy counts, sums, means and
 *       histograms, each an {@link org.hearth.reporting.pilots.privacy.Answer} recording the
 *       mechanism, the sensitivity, the ε spent and the 95% error bar.
 *   <li>{@link org.hearth.reporting.pilots.privacy.Epsilon}: ε as an exact fraction;
 *       {@link org.hearth.reporting.pilots.privacy.PrivacyBudget}: what a pilot has left.
 *   <li>{@link org.hearth.reporting.pilots.privacy.Bounds} and
 *       {@link org.hearth.reporting.pilots.privacy.Contributions}: declared bounds and the clamping
 *       of each participant's one value into them; {@link org.hearth.reporting.pilots.privacy.Bins}:
 *       declared histogram bins.
 *   <li>Internals: the exact samplers ({@code Bernoulli}, {@code DiscreteLaplace}) and the random
 *       source ({@code UniformSource}, {@code SecureUniform}).
 * </ul>
 *
 * <p>Integer answers get discrete Laplace (two-sided geometric) noise, P[X = x] ∝ exp(−|x|·ε/Δ),
 * sampled exactly with integer arithmetic from a cryptographically secure source (Canonne, Kamath
 * and Steinke 2020, Algorithms 1 and 2). Floating-point Laplace noise is not used: the low bits of
 * its doubles leak the exact answer (Mironov 2012). Decimal values are counted in integer units
 * of their declared precision, so they take the same integer noise. Neighbouring data sets differ
 * by one participant added or removed; each participant contributes at most one value per
 * question.
 */
package org.hearth.reporting.pilots.privacy;
