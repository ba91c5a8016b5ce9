/** Metrics: one Prometheus registry for HTTP, JVM, pool, per-query and business meters, served at /metrics. */
package org.hearth.web.metrics;
