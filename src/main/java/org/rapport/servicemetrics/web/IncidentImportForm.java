package org.rapport.servicemetrics.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The page form that uploads an incident export: the file, its format and the columns
 * that differ from the format's mapping. What was typed stays when the upload is refused;
 * the file must be chosen again, as browsers never refill a file field.
 */
public class IncidentImportForm {

	private MultipartFile file;

	private String format = "servicenow-incidents";

	private String mapping;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getFormat() {
		return this.format;
	}

	public void setFormat(String format) {
		this.format = format;
	}

	public String getMapping() {
		return this.mapping;
	}

	public void setMapping(String mapping) {
		this.mapping = mapping;
	}

}
