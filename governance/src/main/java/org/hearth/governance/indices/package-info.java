/**
 * Published figures the rules need, recorded as data with their source: the TMO by calendar
 * year (the SCIC cap on interest on shares) and the annual full-time SMIC (the ESUS pay
 * ratio), plus the pay records the ESUS check reads. Tables: {@code IndexRepository}.
 */
package org.hearth.governance.indices;
