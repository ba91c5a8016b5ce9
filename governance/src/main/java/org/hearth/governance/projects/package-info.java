/** Community projects and the allocations of retained profit to them, never more than was retained. */
package org.hearth.governance.projects;
