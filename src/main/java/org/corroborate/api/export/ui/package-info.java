/** The printable check sheet of a story. */
package org.corroborate.api.export.ui;
