/**
 * Bustad: a waiting list for municipal housing on the housing staircase (bustadtrappa). An entry is a position on the
 * list, kept by a reference code; it names no person. Other modules see only this package.
 */
@Export
@Version("1.0.0")
package no.example.bustad.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
