/**
 * History: every change kept with who, when, what before and after. The only owner of {@code change_log}; other
 * features append through {@link org.corroborate.history.History} or announce events that it records.
 */
@NullMarked
package org.corroborate.history;

import org.jspecify.annotations.NullMarked;
