/** The story list and the story page: a story's text, figures, suggestions and the other features' panels. */
@NullMarked
package org.corroborate.workbench.ui;

import org.jspecify.annotations.NullMarked;
