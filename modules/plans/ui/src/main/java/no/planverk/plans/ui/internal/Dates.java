package no.planverk.plans.ui.internal;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.Texts;

/** Date pickers in Norwegian format (dd.MM.yyyy, Monday first) with month names in the UI language. */
public final class Dates {

    private Dates() {
    }

    public static DatePicker picker(String label) {
        DatePicker p = new DatePicker(label);
        p.setLocale(Formats.NORWEGIAN);
        Locale lang = Texts.currentLocale();
        DateFormatSymbols s = DateFormatSymbols.getInstance(lang);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd");
        i18n.setBadInputErrorMessage(t("date.bad"));
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(Arrays.asList(s.getMonths()).subList(0, 12));
        i18n.setWeekdays(List.of(s.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(List.of(s.getShortWeekdays()).subList(1, 8));
        i18n.setToday(t("date.today"));
        i18n.setCancel(t("action.cancel"));
        p.setI18n(i18n);
        p.setHelperText(t("date.format"));
        return p;
    }
}
