package uk.nhs.intentions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void aYearAMonthOrADayIsReadAtItsPrecision() {
        assertEquals(PartialDate.Precision.YEAR, PartialDate.parse("2008").orElseThrow().precision());
        assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2008-11").orElseThrow().precision());
        assertEquals(PartialDate.Precision.DAY, PartialDate.parse("2008-11-14").orElseThrow().precision());
        assertEquals("2008-11", PartialDate.parse(" 2008-11 ").orElseThrow().toString());
    }

    @Test
    void aPeriodRunsFromItsFirstToItsLastDay() {
        PartialDate feb = PartialDate.parse("2008-02").orElseThrow();
        assertEquals(LocalDate.of(2008, 2, 1), feb.first());
        assertEquals(LocalDate.of(2008, 2, 29), feb.last());
        assertEquals(LocalDate.of(2007, 12, 31), PartialDate.parse("2007").orElseThrow().last());
    }

    @Test
    void whatIsNoDateIsRefused() {
        for (String bad : new String[] {"2008-13", "2008-02-30", "08-11", "November 2008", "2008-1", ""}) {
            assertTrue(PartialDate.parse(bad).isEmpty(), bad);
        }
    }
}
