/** How a figure stands across conflicting reports: intervals, independence, status, warnings and evidence suggestions, in plain Java. */
package org.corroborate.evidence.domain;
