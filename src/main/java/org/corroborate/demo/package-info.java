/** The demo scenario (seed story, sources, reports) that a new user sees. */
package org.corroborate.demo;
