/** Working together live: changes announced after commit, across app instances, and who is where. */
package org.corroborate.collaboration;
