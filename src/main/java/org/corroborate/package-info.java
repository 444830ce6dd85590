/** The Corroborate application: one Spring Modulith module per subpackage (see docs/modules and docs/GLOSSARY.md). */
@NullMarked
package org.corroborate;

import org.jspecify.annotations.NullMarked;
