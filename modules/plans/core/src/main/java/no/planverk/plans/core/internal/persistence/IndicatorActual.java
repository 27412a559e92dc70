package no.planverk.plans.core.internal.persistence;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import no.planverk.plans.api.IndicatorValue;

/** One year's actual value as stored in PV_INDICATOR_ACTUAL: the value, its source and the day it was imported. */
@Embeddable
public class IndicatorActual {

    @Column(name = "ACTUAL_VALUE", nullable = false)
    private double value;

    /** "manual" or the import's source; null in rows written before schema 4 (read as manual). */
    @Column(name = "ACTUAL_SOURCE", length = IndicatorValue.MAX_SOURCE)
    private String source;

    @Column(name = "IMPORTED_ON")
    private LocalDate importedOn;

    protected IndicatorActual() {
    }

    IndicatorActual(IndicatorValue v) {
        value = v.value();
        source = v.source();
        importedOn = v.importedOn();
    }

    double value() {
        return value;
    }

    IndicatorValue toValue(int year) {
        return new IndicatorValue(year, value, source, importedOn);
    }
}
