/** Login (and the web security around it: the login view is the form login page) and API tokens. */
@NullMarked
package org.corroborate.security.ui;

import org.jspecify.annotations.NullMarked;
