package org.rapport.directory.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.rapport.directory.DirectoryImports;
import org.rapport.directory.ImportField;
import org.rapport.directory.ImportPreview;
import org.rapport.directory.ImportReport;
import org.rapport.shared.ImportStatus;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.web.FormErrors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import people and units from CSV: upload, map columns, follow progress, read the
 * report.
 */
@Controller
class ImportsController {

	private final DirectoryImports imports;

	ImportsController(DirectoryImports imports) {
		this.imports = imports;
	}

	@GetMapping("/imports")
	String imports(Model model) {
		model.addAttribute("runs", this.imports.recentRuns());
		return "directory/imports";
	}

	@PostMapping("/imports")
	String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletRequest request)
			throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("file", "directory.choose-csv-file-import");
			}
			ImportPreview preview = this.imports.upload(file.getOriginalFilename(), file.getBytes());
			return "redirect:/imports/" + preview.runId();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", FormErrors.text(request, ex));
			return imports(model);
		}
	}

	@GetMapping("/imports/{id}")
	String run(@PathVariable long id, Model model) {
		ImportReport report = this.imports.report(id);
		model.addAttribute("report", report);
		if (report.status() == ImportStatus.UPLOADED) {
			model.addAttribute("preview", this.imports.preview(id));
			model.addAttribute("fields", ImportField.values());
		}
		return "directory/import";
	}

	@HxRequest
	@GetMapping("/imports/{id}")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("report", this.imports.report(id));
		return "directory/import :: import-progress";
	}

	@PostMapping("/imports/{id}")
	String start(@PathVariable long id, @RequestParam Map<String, String> params,
			@RequestParam(name = "itUnits", required = false) List<String> itUnits, Model model,
			HttpServletRequest request) {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		for (ImportField field : ImportField.values()) {
			String header = params.get("field." + field.name());
			if (header != null && !header.isBlank()) {
				mapping.put(field, header);
			}
		}
		Set<String> units = (itUnits != null) ? new LinkedHashSet<>(itUnits) : Set.of();
		try {
			this.imports.start(id, mapping, units);
			return "redirect:/imports/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", FormErrors.text(request, ex));
			return run(id, model);
		}
	}

}
