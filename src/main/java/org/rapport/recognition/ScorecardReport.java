package org.rapport.recognition;

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
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A scorecard as a PDF for a performance review: each figure with its value, its change
 * since the quarter before and how it was computed, then the quarter's goals and where
 * they stand.
 */
@Component
class ScorecardReport {

	private static final Color INK = new Color(0x1f, 0x29, 0x37);

	private static final Color MUTED = new Color(0x5b, 0x65, 0x73);

	private static final Color HEADER = new Color(0xf1, 0xf3, 0xf6);

	private final MessageSource messages;

	ScorecardReport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] pdf(Scorecard scorecard, List<GoalSummary> goals, LocalDate madeOn, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 48, 48, 48, 48);
		PdfWriter.getInstance(document, out);
		String title = text(locale, "scorecard.heading", scorecard.name(), scorecard.period());
		document.addTitle(title);
		document.addCreator("Rapport");
		document.open();
		Font heading = new Font(Font.HELVETICA, 18, Font.BOLD, INK);
		Font subheading = new Font(Font.HELVETICA, 12, Font.BOLD, INK);
		Font body = new Font(Font.HELVETICA, 10, Font.NORMAL, INK);
		Font small = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);
		Font bold = new Font(Font.HELVETICA, 9, Font.BOLD, INK);
		document.add(new Paragraph(title, heading));
		document.add(new Paragraph(text(locale, scorecard.frozen() ? "scorecard.lead.frozen" : "scorecard.lead.live"),
				small));
		document.add(new Paragraph(text(locale, "scorecard.pdf.made", madeOn), small));
		document.add(Chunk.NEWLINE);

		PdfPTable figures = new PdfPTable(new float[] { 2.2f, 1.2f, 1.4f, 4.2f });
		figures.setWidthPercentage(100);
		figures.setHeaderRows(1);
		for (String code : List.of("scorecard.pdf.figure", "scorecard.pdf.value", "scorecard.pdf.trend",
				"scorecard.pdf.how")) {
			PdfPCell cell = new PdfPCell(new Phrase(text(locale, code), bold));
			cell.setBackgroundColor(HEADER);
			figures.addCell(cell);
		}
		for (Scorecard.Figure figure : scorecard.figures()) {
			figures.addCell(new Phrase(text(locale, "scorecard.figure." + figure.name()), body));
			figures.addCell(number(
					(figure.value() != null) ? text(locale, "scorecard.value." + figure.name(), figure.value()) : "–",
					body));
			figures.addCell(
					number((figure.trend() != null) ? String.format(Locale.ROOT, "%+.1f", figure.trend()) : "–", body));
			figures.addCell(new Phrase(figure.explanation(), body));
		}
		document.add(figures);

		if (scorecard.scope() != ScorecardScope.ORGANISATION) {
			document.add(Chunk.NEWLINE);
			document.add(new Paragraph(text(locale, "goals.heading"), subheading));
			if (goals.isEmpty()) {
				document.add(new Paragraph(text(locale, "scorecard.pdf.noGoals"), body));
			}
			for (GoalSummary goal : goals) {
				document.add(new Paragraph(goal.title() + " \u2013 " + text(locale, "goals.progress", goal.progress())
						+ (goal.met() ? " (" + text(locale, "goals.met") + ")" : ""), body));
			}
		}
		document.add(Chunk.NEWLINE);
		document.add(new Paragraph(text(locale, "scorecard.fairness"), small));
		document.close();
		return out.toByteArray();
	}

	private static PdfPCell number(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}

	private String text(Locale locale, String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
