/** Figure extraction from French and English text: plain Java, no framework. */
package org.corroborate.extraction;
