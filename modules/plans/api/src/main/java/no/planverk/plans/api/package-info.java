/**
 * The plans module's public API: plans and their lifecycle, goal trees and the red thread, indicators,
 * planprogram, and plan import/export. Other modules link to goals and plans by their stable ids.
 */
@Export
@Version("2.0.0")
package no.planverk.plans.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
