/** Users, roles, login and who may do what. */
@NullMarked
package org.corroborate.security;

import org.jspecify.annotations.NullMarked;
