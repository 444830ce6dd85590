/** Login and API tokens. */
@NullMarked
package org.corroborate.security.ui;

import org.jspecify.annotations.NullMarked;
