/**
 * What module UI bundles use to plug into the shell: view contributions (route + menu entry + role),
 * dashboard cards, translated texts, Norwegian formats, the signed-in user, number and text inputs, the remembered
 * municipality filter and grid heights. The shared upload → preview → import of every module (ImportPanel). Vaadin itself is
 * exported by the shell bundle too, so every module uses the same Flow classes.
 */
@Export
@Version("1.3.0")
package no.planverk.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
