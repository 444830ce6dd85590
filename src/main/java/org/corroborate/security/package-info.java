/** Users, roles, login and who may do what. */
package org.corroborate.security;
