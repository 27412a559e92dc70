/**
 * Fetching a statistics table straight from SSB's StatBank API (PxWebApi v2, JSON-stat 2.0) where the server can reach
 * it: {@link StatisticsFetch}, off until an administrator switches it on in {@code etc/no.planverk.ssb.cfg}. The modules
 * read the answer with the reader of their file upload.
 */
@Export
@Version("1.0.0")
package no.planverk.platform.api.stats;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
