/** Reports (wire dispatches, communiqués, bulletins...) and the assertions they state. */
package org.corroborate.report;
