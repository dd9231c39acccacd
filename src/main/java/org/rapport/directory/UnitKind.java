package org.rapport.directory;

/**
 * What an organisation unit is to IT: an internal customer, a group inside IT, or a
 * vendor.
 */
public enum UnitKind {

	BUSINESS_UNIT, IT_GROUP, VENDOR

}
