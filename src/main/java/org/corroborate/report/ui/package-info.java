/** Views of reports: list, one report, add a report, bulk import. */
@NullMarked
package org.corroborate.report.ui;

import org.jspecify.annotations.NullMarked;
