/** Who works on what: assignments, each person's queue, and the notifications they have in the app. */
package org.corroborate.inbox;
