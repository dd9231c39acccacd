package org.rapport.servicemetrics.web;

import org.rapport.servicemetrics.AttributionRule;

/**
 * The page form that adds an attribution rule.
 */
public class RuleForm {

	private AttributionRule.Dimension dimension = AttributionRule.Dimension.LOCATION;

	private String value;

	private Long unitId;

	public AttributionRule.Dimension getDimension() {
		return this.dimension;
	}

	public void setDimension(AttributionRule.Dimension dimension) {
		this.dimension = dimension;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

}
