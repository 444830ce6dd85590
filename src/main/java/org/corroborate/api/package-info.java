/** The REST API (JSON): extraction, and later reports, stories, figures and evidence. */
package org.corroborate.api;
