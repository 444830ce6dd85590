/** Starts an embedded PostgreSQL when no external one is configured, and says clearly when one cannot be reached. */
@NullMarked
package org.corroborate.base.database;

import org.jspecify.annotations.NullMarked;
