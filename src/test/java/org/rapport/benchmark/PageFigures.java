package org.rapport.benchmark;

import java.util.Set;

/**
 * What the benchmark found for one page.
 *
 * @param name what was measured, as the report names it
 * @param path the request path
 * @param page the page's response times over HTTP
 * @param direct the times of the same statements run directly
 * @param fewestQueries the fewest statements the page ran in one repetition
 * @param mostQueries the most statements the page ran in one repetition
 * @param seqScans the large tables its queries read with a sequential scan
 */
record PageFigures(String name, String path, Samples page, Samples direct, int fewestQueries, int mostQueries,
		Set<String> seqScans) {

	String queries() {
		return (this.fewestQueries == this.mostQueries) ? Integer.toString(this.mostQueries)
				: this.fewestQueries + "–" + this.mostQueries;
	}

}
