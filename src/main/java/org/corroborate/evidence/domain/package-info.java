/** How a figure stands across conflicting reports: intervals, independence, status, warnings and evidence suggestions, in plain Java. */
@org.springframework.modulith.NamedInterface("domain")
@NullMarked
package org.corroborate.evidence.domain;

import org.jspecify.annotations.NullMarked;
