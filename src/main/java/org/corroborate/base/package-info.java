/** The app shell, database bootstrap and what every feature shares. */
package org.corroborate.base;
