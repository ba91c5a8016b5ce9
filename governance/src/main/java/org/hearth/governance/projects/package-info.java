/** Community projects and the allocations of retained profit to them, never more than was retained;
 * tables in the package-private {@code ProjectRepository}. */
package org.hearth.governance.projects;
