package org.rapport.directory;

/**
 * A row of an imported file that was not imported, and why.
 *
 * @param row the row number in the file, the header being row 1
 * @param reason why the row was rejected
 */
public record ImportRejection(int row, String reason) {
}
