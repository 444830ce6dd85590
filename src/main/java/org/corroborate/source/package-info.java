/** The source registry: who numbers come from, their aliases, party flag and reliability grade. */
package org.corroborate.source;
