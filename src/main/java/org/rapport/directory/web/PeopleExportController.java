package org.rapport.directory.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.web.CsvDownload;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The people of the directory, as searched on the people page, as a CSV file.
 */
@Controller
class PeopleExportController {

	private static final int PAGE = 200;

	private final DirectoryManagement directory;

	private final MessageSource messages;

	private final Clock clock;

	PeopleExportController(DirectoryManagement directory, MessageSource messages, Clock clock) {
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/people.csv")
	void people(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
			HttpServletResponse response, Locale locale) throws IOException {
		// The first page is read before the file starts, so that a bad search is an error
		// page rather than a broken file.
		KeysetPage<PersonSummary> page = this.directory.findPeople(unit, q, null, PAGE);
		CsvDownload csv = CsvDownload.start(response, "people", LocalDate.now(this.clock),
				Stream
					.of("person.name", "person.employeeId", "person.email", "person.title", "person.unit",
							"person.manager", "person.inIt")
					.map((code) -> this.messages.getMessage(code, null, locale))
					.toList());
		String inIt = this.messages.getMessage("person.inIt.yes", null, locale);
		while (true) {
			for (PersonSummary person : page.items()) {
				csv.row(person.name(), person.employeeId(), person.email(), person.title(), person.unitName(),
						person.managerName(), person.inIt() ? inIt : null);
			}
			csv.flush();
			if (page.next() == null) {
				return;
			}
			page = this.directory.findPeople(unit, q, page.next(), PAGE);
		}
	}

}
