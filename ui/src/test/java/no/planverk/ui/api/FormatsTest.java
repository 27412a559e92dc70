package no.planverk.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void numbersAndMoneyAreNorwegian() {
        assertEquals("1 234 567,9", plain(Formats.number(1234567.891, 1)));
        assertEquals("650 000 kr", plain(Formats.money(650_000)));
        assertEquals("1 234,50 kr", plain(Formats.money(new BigDecimal("1234.5"))));
        assertEquals("-42", plain(Formats.integer(-42)));
        assertEquals("12,5 %", plain(Formats.percent(0.125, 1)));
    }

    @Test
    void datesAreDayMonthYearInOsloTime() {
        assertEquals("01.06.2022", Formats.date(LocalDate.of(2022, 6, 1)));
        assertEquals("25.11.2026 11:15", Formats.dateTime(Instant.parse("2026-11-25T10:15:00Z")));
        assertEquals("", Formats.date(null));
    }
}
