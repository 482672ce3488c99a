package vn.edu.taphuan.reporting.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The document number of a filed report: its running number (two digits at least), then the header's symbol. */
class FiledReportTest {

    @Test
    void whenTheHeaderSymbolCarriesANumberThenTheRunningNumberReplacesIt() {
        assertEquals("01/BC-VHXH", FiledReport.documentNumber(1, "07/BC-VHXH"));
        assertEquals("12/BC-VHXH", FiledReport.documentNumber(12, "/BC-VHXH"));
        assertEquals("03/BC-PGDĐT", FiledReport.documentNumber(3, " BC-PGDĐT "));
        assertEquals("05", FiledReport.documentNumber(5, null));
        assertEquals("101/BC-THCS01", FiledReport.documentNumber(101, "     /BC-THCS01"));
    }
}
