package org.rapport.development;

import java.util.List;

/**
 * A competency as entered on its page, in the API or in a row of an imported file.
 *
 * @param name its name, up to 80 characters
 * @param description what it is, up to 400 characters
 * @param levels what it looks like at levels 1 to 4, four indicators of up to 300
 * characters
 * @param active whether it is offered; {@code null} leaves it as it is (offered when new)
 */
public record CompetencyDraft(String name, String description, List<String> levels, Boolean active) {

}
