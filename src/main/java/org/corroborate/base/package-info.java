/**
 * The shared kernel: what every feature uses and that knows no feature. {@code base.domain} holds the entity base
 * class, {@code base.ui} the formats and text components every view uses; {@code base.database} starts the
 * embedded database. Nothing here imports a feature package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base (shared kernel)")
@NullMarked
package org.corroborate.base;

import org.jspecify.annotations.NullMarked;
