package org.rapport.development;

import java.util.List;

/**
 * A competency of the framework as pages and the API show it.
 *
 * @param key what the API and URLs name it by; it never changes
 * @param name its name
 * @param description what it is, in a sentence
 * @param levels what it looks like at levels 1 (learning) to 4 (role model)
 * @param active whether it is offered: a retired competency stays on what names it
 * @param version its version, the API's {@code ETag}
 */
public record CompetencySummary(String key, String name, String description, List<String> levels, boolean active,
		long version) {

}
