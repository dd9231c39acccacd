package org.rapport.surveys.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page form that imports past results into a campaign: the file, the header of each
 * target, and the day of rows without one. What was typed stays when the import is
 * refused; the file must be chosen again, as browsers never refill a file field.
 */
public class ImportForm {

	private MultipartFile file;

	private Map<String, String> mapping = new LinkedHashMap<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate answeredOn;

	private Long version;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public Map<String, String> getMapping() {
		return this.mapping;
	}

	public void setMapping(Map<String, String> mapping) {
		this.mapping = mapping;
	}

	public LocalDate getAnsweredOn() {
		return this.answeredOn;
	}

	public void setAnsweredOn(LocalDate answeredOn) {
		this.answeredOn = answeredOn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
