/** Reports (wire dispatches, communiqués, bulletins...) and the assertions they state. */
@NullMarked
package org.corroborate.report;

import org.jspecify.annotations.NullMarked;
