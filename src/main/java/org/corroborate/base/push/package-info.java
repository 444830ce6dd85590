/** What each open page's push connection costs the server: Tomcat's per-WebSocket buffers and compression. */
@NullMarked
package org.corroborate.base.push;

import org.jspecify.annotations.NullMarked;
