package org.rapport.shared;

import java.util.List;

/**
 * One thing the signed-in person should do next, as the home page lists it: ticked once
 * it is done.
 *
 * @param order where it stands in the list, lowest first
 * @param code the message key saying what to do; {@code code + ".done"} says it is done
 * @param arguments the message's arguments, such as how many are left
 * @param href where to do it
 * @param done whether it is done
 */
public record NextStep(int order, String code, List<Object> arguments, String href, boolean done) {

	public NextStep {
		arguments = List.copyOf(arguments);
	}

	/**
	 * The message key that fits whether the step is done.
	 * @return the key
	 */
	public String messageCode() {
		return this.done ? this.code + ".done" : this.code;
	}

	public Object[] messageArguments() {
		return this.arguments.toArray();
	}

}
