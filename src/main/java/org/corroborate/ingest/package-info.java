/** Reports from links and feeds: fetching pages safely, reading their main text and metadata, following feeds. */
package org.corroborate.ingest;
