/**
 * The operator's charter as the software reads it.
 *
 * <p>{@code CHARTER.md} at the repository root is the operating company's constitution in
 * plain English. One fenced block in it, opened by {@code ```yaml hearth-charter}, carries the
 * parameters the software enforces: the legal profile ({@code uk-cic} or {@code fr-scic}), the
 * currency and financial year, the dated dividend and interest caps, the SCIC reserve rates, the
 * member colleges and their voting weights, and the majorities and quorums of resolutions.
 * Keeping these figures in the charter, with the dates at which they changed, means a change in
 * the law or in the articles is an edit the members can read, not a code change.
 *
 * <p>{@link org.hearth.governance.charter.CharterParser} finds that block, loads it with
 * SnakeYAML's safe constructor and turns it into an immutable
 * {@link org.hearth.governance.charter.Charter}, or throws a
 * {@link org.hearth.governance.charter.CharterException} naming the offending field. Everything
 * else in this package is package-private plumbing for that one step.
 */
package org.hearth.governance.charter;
