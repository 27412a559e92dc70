package no.planverk.ui.api;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers and uploads in the user's language: Norwegian dates (dd.MM.yyyy, Monday first), month and day names,
 * "I dag"/"Avbryt", and the upload's buttons, drop text, progress and errors ("Fila er for stor").
 */
public final class Pickers {

    static final Texts TEXTS = new Texts(Pickers.class, "no.planverk.ui.api.messages");

    private Pickers() {
    }

    /** A date picker with {@code label}, in the current UI language and Norwegian date format. */
    public static DatePicker date(String label) {
        return localize(new DatePicker(label));
    }

    public static DatePicker localize(DatePicker picker) {
        picker.setLocale(Formats.NORWEGIAN);
        Locale lang = Texts.currentLocale();
        DateFormatSymbols s = DateFormatSymbols.getInstance(lang);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd");
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(Arrays.asList(s.getMonths()).subList(0, 12));
        i18n.setWeekdays(List.of(s.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(List.of(s.getShortWeekdays()).subList(1, 8));
        i18n.setToday(TEXTS.get("date.today"));
        i18n.setCancel(TEXTS.get("date.cancel"));
        i18n.setBadInputErrorMessage(TEXTS.get("date.bad"));
        picker.setI18n(i18n);
        return picker;
    }

    /** The upload's texts in the current UI language. */
    public static Upload localize(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(TEXTS.get("upload.drop.one")).setMany(TEXTS.get("upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(TEXTS.get("upload.add.one")).setMany(TEXTS.get("upload.add.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(TEXTS.get("upload.error.tooMany"))
                .setFileIsTooBig(TEXTS.get("upload.error.tooBig")).setIncorrectFileType(TEXTS.get("upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(TEXTS.get("upload.status.connecting"))
                        .setStalled(TEXTS.get("upload.status.stalled")).setProcessing(TEXTS.get("upload.status.processing"))
                        .setHeld(TEXTS.get("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(TEXTS.get("upload.remaining"))
                        .setUnknown(TEXTS.get("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(TEXTS.get("upload.error.server"))
                        .setUnexpectedServerError(TEXTS.get("upload.error.unexpected"))
                        .setForbidden(TEXTS.get("upload.error.forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(TEXTS.get("upload.file.retry")).setStart(TEXTS.get("upload.file.start"))
                .setRemove(TEXTS.get("upload.file.remove")));
        i18n.setUnits(new UploadI18N.Units().setSize(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        upload.setI18n(i18n);
        return upload;
    }
}
