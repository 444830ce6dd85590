/** Stories: the pieces being checked, their text and editorial state. */
package org.corroborate.story;
