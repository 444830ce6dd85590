/**
 * The REST API (JSON, /api/v1): extraction, stories, figures with their standing, evidence, reports, and the
 * exports (the {@code export} feature). Controllers call the features' public services, whose role checks apply.
 */
@NullMarked
package org.corroborate.api;

import org.jspecify.annotations.NullMarked;
