/**
 * Strict JSON input for every request body the application reads (the API, JSON Lines imports): text only from
 * JSON strings, without NUL characters or unpaired surrogates; dates and times only as ISO 8601 strings within
 * years 1000–9999; no coercion between types. A value refused here is a {@link StrictInputException} that names
 * the field.
 */
@org.springframework.modulith.NamedInterface("json")
@NullMarked
package org.corroborate.base.json;

import org.jspecify.annotations.NullMarked;
