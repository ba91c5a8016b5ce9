/**
 * Deliberately broken code, not part of Hearth: ModuleDependenciesTest and BrokenFixturesTest
 * prove that each architecture rule fails on it, and on exactly the class that breaks the rule.
 * One sub-package per rule; each also holds a class that keeps the rule, which must not be reported.
 */
package org.hearth.archfixture;
