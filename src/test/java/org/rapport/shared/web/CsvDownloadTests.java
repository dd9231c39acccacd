package org.rapport.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvDownloadTests {

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() {
		for (String formula : new String[] { "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1" }) {
			assertThat(CsvDownload.cell(formula)).isEqualTo("'" + formula);
		}
		assertThat(CsvDownload.cell("Finance ↔ Operations")).isEqualTo("Finance ↔ Operations");
		assertThat(CsvDownload.cell("a=b")).isEqualTo("a=b");
		assertThat(CsvDownload.cell("")).isEmpty();
		assertThat(CsvDownload.cell(null)).isEmpty();
	}

	@Test
	void numbersAndDaysStayAsTheyAre() {
		assertThat(CsvDownload.cell(-3)).isEqualTo("-3");
		assertThat(CsvDownload.cell(new BigDecimal("-0.5"))).isEqualTo("-0.5");
		assertThat(CsvDownload.cell(LocalDate.of(2026, 11, 30))).isEqualTo("2026-11-30");
	}

}
