package org.rapport.shared;

import java.util.List;

/**
 * What a module asks of the signed-in person next, for the home page to list: each module
 * that knows of something to do implements it, so that the home page depends on none of
 * them.
 */
public interface NextSteps {

	/**
	 * The steps for the signed-in person, done or not; none where the module asks nothing
	 * of their roles.
	 * @return the steps
	 */
	List<NextStep> forCurrentUser();

}
