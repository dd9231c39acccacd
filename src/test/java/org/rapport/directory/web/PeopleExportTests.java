package org.rapport.directory.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.WebSession;
import org.rapport.directory.DirectoryFixtures;
import org.rapport.directory.DirectoryManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people of the directory download as a CSV file, searched as on the people page,
 * page after page, with names that a spreadsheet would run as formulas kept as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=registrar", "rapport.admin.password=filing-cabinet-9" })
class PeopleExportTests {

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Test
	void peopleDownloadAsSearchedOverSeveralPagesWithFormulasKeptAsText() throws Exception {
		DirectoryFixtures people = DirectoryFixtures.of(this.directory);
		long unit = people.businessUnit("Export Finance");
		for (int i = 0; i < 205; i++) {
			people.businessPerson("Exported %03d".formatted(i), unit);
		}
		people.businessPerson("@SUM(1+1)", unit);

		HttpResponse<String> all = WebSession.signedIn(this.port, "registrar", "filing-cabinet-9")
			.get("/people.csv?unit=" + unit);

		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).startsWith("attachment").contains("people-"));
		List<String> lines = all.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFFName,Employee id,Email,Title,Unit,Manager,In IT");
		assertThat(lines).hasSize(1 + 206);
		assertThat(all.body()).contains("'@SUM(1+1)").doesNotContain("\n@SUM");

		HttpResponse<String> searched = WebSession.signedIn(this.port, "registrar", "filing-cabinet-9")
			.get("/people.csv?unit=" + unit + "&q=" + WebSession.encode("Exported 20"));
		assertThat(searched.body().lines().skip(1)).hasSize(5)
			.allSatisfy((line) -> assertThat(line).startsWith("Exported 20"));
	}

}
