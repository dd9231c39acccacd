package org.rapport.insight;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The quarterly executive report as a PDF: the quadrant chart of every business unit, the
 * units technically green and perceived red, what changed since the quarter before, and
 * the figures of every unit. Perceptions in it are the survey results' own, which respect
 * the surveys' anonymity rules: a unit is perceived only from groups large enough to
 * show.
 */
@Component
class ExecutiveReport {

	private static final Color HEALTHY = new Color(0xe6, 0xf4, 0xea);

	private static final Color PROBLEM = new Color(0xff, 0xf3, 0xd6);

	private static final Color GOODWILL = new Color(0xea, 0xf2, 0xfc);

	private static final Color CRISIS = new Color(0xfd, 0xec, 0xea);

	private static final Color INK = new Color(0x1f, 0x29, 0x37);

	private static final Color LINE = new Color(0x9a, 0xa4, 0xb2);

	private final MessageSource messages;

	ExecutiveReport(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Renders the report.
	 * @param gap the quarter's perception gap
	 * @param trend the quarters up to it
	 * @param generatedOn the day it is made
	 * @param locale the reader's language
	 * @return the PDF
	 */
	byte[] pdf(PerceptionGap gap, PerceptionTrend trend, LocalDate generatedOn, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 48, 48, 48, 48);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(text(locale, "insight.report.title", gap.period()));
		document.addCreator("Rapport");
		document.open();
		Font title = new Font(Font.HELVETICA, 20, Font.BOLD, INK);
		Font heading = new Font(Font.HELVETICA, 13, Font.BOLD, INK);
		Font body = new Font(Font.HELVETICA, 10, Font.NORMAL, INK);
		Font small = new Font(Font.HELVETICA, 8, Font.NORMAL, LINE);
		document.add(new Paragraph(text(locale, "insight.report.title", gap.period()), title));
		document.add(new Paragraph(text(locale, "insight.report.subtitle", gap.from(), gap.to(), generatedOn), small));
		document.add(Chunk.NEWLINE);

		List<PerceptionGap.Unit> flagged = gap.units().stream().filter(PerceptionGap.Unit::flagged).toList();
		document.add(new Paragraph(text(locale, "insight.report.summary", gap.units().size(), flagged.size(),
				(int) gap.thresholds().technicalGreen(), (int) gap.thresholds().perceivedGreen()), body));
		document.add(Chunk.NEWLINE);

		document.add(new Paragraph(text(locale, "insight.report.chart"), heading));
		document.add(chart(writer, gap, locale));
		document.add(new Paragraph(text(locale, "insight.report.chart.caption"), small));
		document.add(Chunk.NEWLINE);

		document.add(new Paragraph(text(locale, "insight.report.flagged"), heading));
		if (flagged.isEmpty()) {
			document.add(new Paragraph(text(locale, "insight.report.flagged.none"), body));
		}
		for (PerceptionGap.Unit unit : flagged) {
			document.add(new Paragraph(text(locale, "insight.report.flagged.unit", unit.unitName(),
					format(unit.slaMetPercent()), format(unit.perceivedScore()), unit.responses()), body));
		}
		List<PerceptionGap.Unit> moved = gap.units().stream().filter(PerceptionGap.Unit::moved).toList();
		document.add(Chunk.NEWLINE);
		document.add(new Paragraph(text(locale, "insight.report.changes"), heading));
		if (moved.isEmpty()) {
			document.add(new Paragraph(text(locale, "insight.report.changes.none"), body));
		}
		for (PerceptionGap.Unit unit : moved) {
			document.add(new Paragraph(text(locale, "insight.report.changes.unit", unit.unitName(),
					text(locale, "insight.quadrant." + unit.previousQuadrant()),
					text(locale, "insight.quadrant." + unit.quadrant())), body));
		}

		document.newPage();
		document.add(new Paragraph(text(locale, "insight.report.units"), heading));
		document.add(Chunk.NEWLINE);
		PdfPTable table = new PdfPTable(new float[] { 3.2f, 1.2f, 1.2f, 1.2f, 1.4f, 2.2f });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String code : List.of("insight.unit", "metrics.incidents", "metrics.slaMet", "insight.perceived",
				"insight.nps", "insight.quadrant")) {
			table.addCell(header(text(locale, code), new Font(Font.HELVETICA, 9, Font.BOLD, INK)));
		}
		for (PerceptionGap.Unit unit : gap.units()) {
			table.addCell(new Phrase(unit.unitName(), body));
			table.addCell(number(String.valueOf(unit.incidents()), body));
			table.addCell(number((unit.slaMetPercent() != null) ? format(unit.slaMetPercent()) + " %" : "–", body));
			table.addCell(number((unit.perceivedScore() != null) ? format(unit.perceivedScore()) : "–", body));
			table.addCell(number((unit.nps() != null) ? String.valueOf(unit.nps()) : "–", body));
			PdfPCell quadrant = new PdfPCell(new Phrase(text(locale, "insight.quadrant." + unit.quadrant()), body));
			quadrant.setBackgroundColor(colour(unit.quadrant()));
			table.addCell(quadrant);
		}
		document.add(table);

		document.add(Chunk.NEWLINE);
		document.add(new Paragraph(text(locale, "insight.trend.heading", trend.periods().size()), heading));
		document.add(new Paragraph(text(locale, "insight.trend.lead"), small));
		document.add(Chunk.NEWLINE);
		float[] widths = new float[trend.periods().size() + 1];
		java.util.Arrays.fill(widths, 1f);
		widths[0] = 2.4f;
		PdfPTable quarters = new PdfPTable(widths);
		quarters.setWidthPercentage(100);
		quarters.setHeaderRows(1);
		Font cellFont = new Font(Font.HELVETICA, 8, Font.NORMAL, INK);
		Font headerFont = new Font(Font.HELVETICA, 8, Font.BOLD, INK);
		quarters.addCell(header(text(locale, "insight.unit"), headerFont));
		trend.periods().forEach((period) -> quarters.addCell(header(period, headerFont)));
		for (PerceptionTrend.Unit unit : trend.units()) {
			quarters.addCell(new Phrase(unit.unitName(), cellFont));
			for (PerceptionTrend.Quarter quarter : unit.quarters()) {
				PdfPCell cell = number(
						((quarter.perceivedScore() != null) ? String.valueOf(Math.round(quarter.perceivedScore()))
								: "–") + "\n"
								+ ((quarter.technicalScore() != null) ? format(quarter.technicalScore()) + " %" : "–"),
						cellFont);
				cell.setBackgroundColor(colour(quarter.quadrant()));
				quarters.addCell(cell);
			}
		}
		document.add(quarters);
		document.close();
		return out.toByteArray();
	}

	private com.lowagie.text.Image chart(PdfWriter writer, PerceptionGap gap, Locale locale) {
		float width = 480;
		float height = 300;
		float left = 40;
		float bottom = 30;
		float plotWidth = width - left - 10;
		float plotHeight = height - bottom - 10;
		PdfContentByte canvas = writer.getDirectContent();
		PdfTemplate template = canvas.createTemplate(width, height);
		float thresholdX = left + x(gap.thresholds().technicalGreen()) * plotWidth;
		float thresholdY = bottom + (float) (gap.thresholds().perceivedGreen() / 100) * plotHeight;
		fill(template, HEALTHY, thresholdX, thresholdY, left + plotWidth - thresholdX,
				bottom + plotHeight - thresholdY);
		fill(template, PROBLEM, thresholdX, bottom, left + plotWidth - thresholdX, thresholdY - bottom);
		fill(template, GOODWILL, left, thresholdY, thresholdX - left, bottom + plotHeight - thresholdY);
		fill(template, CRISIS, left, bottom, thresholdX - left, thresholdY - bottom);
		template.setColorStroke(LINE);
		template.moveTo(left, bottom);
		template.lineTo(left + plotWidth, bottom);
		template.moveTo(left, bottom);
		template.lineTo(left, bottom + plotHeight);
		template.stroke();
		BaseFont font = new Font(Font.HELVETICA).getCalculatedBaseFont(false);
		template.beginText();
		template.setFontAndSize(font, 7);
		template.setColorFill(INK);
		for (int tick = (int) PerceptionGap.TECHNICAL_AXIS_FROM; tick <= 100; tick += 5) {
			template.showTextAligned(Element.ALIGN_CENTER, tick + "%", left + x(tick) * plotWidth, bottom - 10, 0);
		}
		for (int tick = 0; tick <= 100; tick += 25) {
			template.showTextAligned(Element.ALIGN_RIGHT, String.valueOf(tick), left - 4,
					bottom + tick / 100f * plotHeight - 2, 0);
		}
		template.setFontAndSize(font, 8);
		template.showTextAligned(Element.ALIGN_RIGHT, text(locale, "insight.quadrant.HEALTHY"), left + plotWidth - 4,
				bottom + plotHeight - 10, 0);
		template.showTextAligned(Element.ALIGN_RIGHT, text(locale, "insight.quadrant.RELATIONSHIP_PROBLEM"),
				left + plotWidth - 4, bottom + 4, 0);
		template.showTextAligned(Element.ALIGN_LEFT, text(locale, "insight.quadrant.GOODWILL_AT_RISK"), left + 4,
				bottom + plotHeight - 10, 0);
		template.showTextAligned(Element.ALIGN_LEFT, text(locale, "insight.quadrant.CRISIS"), left + 4, bottom + 4, 0);
		template.endText();
		for (PerceptionGap.Unit unit : gap.units()) {
			if (unit.technicalScore() == null || unit.perceivedScore() == null) {
				continue;
			}
			float px = left + x(unit.technicalScore()) * plotWidth;
			float py = bottom + (float) (Math.max(0, Math.min(100, unit.perceivedScore())) / 100) * plotHeight;
			template.setColorFill(unit.flagged() ? new Color(0xe0, 0xa2, 0x1b) : new Color(0x4c, 0xaf, 0x72));
			template.circle(px, py, 4);
			template.fill();
			template.beginText();
			template.setFontAndSize(font, 7);
			template.setColorFill(INK);
			template.showTextAligned(Element.ALIGN_RIGHT, unit.unitName(), px - 6, py - 2, 0);
			template.endText();
		}
		try {
			return com.lowagie.text.Image.getInstance(template);
		}
		catch (com.lowagie.text.BadElementException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Where a technical score lies across the plot, from where the axis begins to 100 %,
	 * as a fraction.
	 */
	private static float x(double technical) {
		double from = PerceptionGap.TECHNICAL_AXIS_FROM;
		return (float) ((Math.max(from, Math.min(100, technical)) - from) / (100 - from));
	}

	private static void fill(PdfTemplate template, Color colour, float x, float y, float width, float height) {
		template.setColorFill(colour);
		template.rectangle(x, y, width, height);
		template.fill();
	}

	private static PdfPCell header(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setBackgroundColor(new Color(0xf1, 0xf3, 0xf6));
		return cell;
	}

	private static PdfPCell number(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}

	private static Color colour(Quadrant quadrant) {
		return switch (quadrant) {
			case HEALTHY -> HEALTHY;
			case RELATIONSHIP_PROBLEM -> PROBLEM;
			case GOODWILL_AT_RISK -> GOODWILL;
			case CRISIS -> CRISIS;
			case NOT_MEASURED -> Color.WHITE;
		};
	}

	private static String format(Double value) {
		return (value != null) ? String.format(Locale.ROOT, "%.1f", value) : "–";
	}

	private String text(Locale locale, String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
