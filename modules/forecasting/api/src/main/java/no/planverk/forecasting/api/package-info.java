/**
 * The forecasting module's public API: the KS prognosis model of service users by age (normal and delayed
 * ageing, welfare technology, custom factors), with derived workforce, cost, dementia and institution places,
 * and CSV parsing of its inputs, uploaded through {@link InputTransfer}. The model is a pure function of a {@link ForecastRequest}. A population may be
 * fetched from SSB where an administrator allows it ({@link SsbFetchService}).
 */
@Export
@Version("1.4.0")
package no.planverk.forecasting.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
