/**
 * Reading and writing tables, once for every module: strict UTF-8 CSV (a BOM is fine, a bad byte is refused with its
 * line), the delimiter sniffed (semicolon or comma; a tab-separated file is refused, as the modules did before), header and column checks, the size and row limits, the line of
 * an unterminated quote, the formula guard for exports, and XLSX read and write. Every problem is a
 * {@link no.planverk.platform.api.RowError} whose {@link no.planverk.platform.api.Message} (keys {@code platform.table.*})
 * the platform's catalog says in nynorsk, bokmål and English.
 */
@Export
@Version("1.0.0")
package no.planverk.platform.tabular;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
