/** Deliberately broken modules: ModuleDependenciesTest proves its rules fail on them. Not part of Hearth. */
package org.hearth.archfixture;
