/** The entity base class every feature's entities extend. */
@org.springframework.modulith.NamedInterface("domain")
@NullMarked
package org.corroborate.base.domain;

import org.jspecify.annotations.NullMarked;
