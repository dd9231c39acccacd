package org.rapport.health;

/**
 * Where a health score falls: at risk, watch or healthy.
 */
public enum Band {

	AT_RISK, WATCH, HEALTHY

}
