/** Figure extraction from French and English text: plain Java, no framework. */
@NullMarked
package org.corroborate.extraction;

import org.jspecify.annotations.NullMarked;
