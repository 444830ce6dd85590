/**
 * The REST API (JSON, /api/v1): extraction, stories, figures with their standing, evidence, reports, and the
 * exports in {@code api.export}. Controllers call the features' public services, whose role checks apply.
 */
package org.corroborate.api;
