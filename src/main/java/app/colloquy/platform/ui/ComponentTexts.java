package app.colloquy.platform.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.platform.MessageBundle;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinRequest;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words Vaadin's own components show (a calendar's months and days, an upload's states), which
 * are English unless given: calendars take them from Java's locale data, uploads from our bundle.
 */
public final class ComponentTexts {

    private ComponentTexts() {}

    /** A date-time picker speaking this tab's language; English keeps Vaadin's own (Sunday first). */
    public static void localize(DateTimePicker picker) {
        Locale locale = Translate.locale();
        picker.setLocale(locale);
        if (!locale.getLanguage().equals(MessageBundle.ENGLISH.getLanguage())) {
            picker.setDatePickerI18n(calendar(locale));
        }
    }

    static DatePicker.DatePickerI18n calendar(Locale locale) {
        // Vaadin counts weekdays from Sunday (0).
        List<DayOfWeek> fromSunday = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> capitalised(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                        .toList())
                .setWeekdays(fromSunday.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                        .toList())
                .setFirstDayOfWeek(firstDayOfWeek(locale).getValue() % 7)
                .setToday(tr("calendar.today"))
                .setCancel(tr("common.cancel"));
    }

    /**
     * The browser's country decides (Sunday in Mexico, Monday in Spain); the interface's language
     * has no country, and without one the week starts on Monday, as ISO 8601 has it.
     */
    private static DayOfWeek firstDayOfWeek(Locale language) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale browser = request == null ? null : request.getLocale();
        return browser != null
                        && browser.getLanguage().equals(language.getLanguage())
                        && !browser.getCountry().isEmpty()
                ? WeekFields.of(browser).getFirstDayOfWeek()
                : DayOfWeek.MONDAY;
    }

    /** An upload's texts: the button and drop hint given, the rest (errors, progress) from the bundle. */
    public static UploadI18N upload(String addOne, String dropOne) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(addOne));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(dropOne));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(tr("upload.tooManyFiles"))
                .setFileIsTooBig(tr("upload.fileIsTooBig"))
                .setIncorrectFileType(tr("upload.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(tr("upload.connecting"))
                        .setStalled(tr("upload.stalled"))
                        .setProcessing(tr("upload.processing"))
                        .setHeld(tr("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(tr("upload.remainingTime"))
                        .setUnknown(tr("upload.remainingTimeUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(tr("upload.serverUnavailable"))
                        .setUnexpectedServerError(tr("upload.unexpectedServerError"))
                        .setForbidden(tr("upload.forbidden"))
                        .setFileTooLarge(tr("upload.fileIsTooBig"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(tr("upload.retry"))
                .setStart(tr("upload.start"))
                .setRemove(tr("common.remove")));
        return i18n;
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
