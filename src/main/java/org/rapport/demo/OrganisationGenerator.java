package org.rapport.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.rapport.demo.Catalogue.Area;
import org.rapport.demo.DemoOrganisation.Person;
import org.rapport.demo.DemoOrganisation.Unit;
import org.rapport.directory.UnitKind;

/**
 * Builds one {@link DemoOrganisation}. Every random choice comes from one {@link Random}
 * in a fixed order, and the output is built in list order only, so a seed always gives
 * the same company. The hash-based collections here are only asked whether they contain
 * something, never iterated.
 */
final class OrganisationGenerator {

	/**
	 * How many team leads a manager has at most.
	 */
	private static final int SPAN = 8;

	/**
	 * How many people a manager leads directly when they are not split into teams.
	 */
	private static final int TEAM = 12;

	/**
	 * Areas with more people than this are split into departments.
	 */
	private static final int DEPARTMENTS_ABOVE = 80;

	private static final int DEPARTMENT_SIZE = 100;

	private final Random random;

	private final int size;

	private final List<Unit> units = new ArrayList<>();

	private final List<Person> people = new ArrayList<>();

	private final Set<String> unitKeys = new HashSet<>();

	private final Map<String, Integer> emailCounts = new HashMap<>();

	private int employees;

	private int contacts;

	OrganisationGenerator(long seed, int size) {
		this.random = new Random(seed);
		this.size = size;
	}

	DemoOrganisation generate() {
		int inIt = itHeadcount(this.size);
		int business = this.size - inIt;

		Area executive = Catalogue.EXECUTIVE_OFFICE;
		int executives = 1 + clamp(business / 4000, 2, 4);
		addUnit(executive.name(), UnitKind.BUSINESS_UNIT, null);
		String ceo = staffUnit(executive.name(), executive, executive.headTitle(), executives, null, false);
		int divisionCount = clamp(Math.round((business - executives) / 32f), 3, Catalogue.DIVISIONS.size());
		List<Area> divisions = Catalogue.DIVISIONS.subList(0, divisionCount);
		int[] divisionSizes = split(business - executives, weights(divisions), 3);
		for (int i = 0; i < divisions.size(); i++) {
			area(divisions.get(i), null, UnitKind.BUSINESS_UNIT, divisionSizes[i], ceo, false);
		}

		Area office = Catalogue.IT_OFFICE;
		int officeSize = 1 + clamp(inIt / 400, 1, 3);
		addUnit(office.name(), UnitKind.IT_GROUP, null);
		String cio = staffUnit(office.name(), office, office.headTitle(), officeSize, ceo, true);
		Area relationships = Catalogue.RELATIONSHIP_MANAGEMENT;
		int relationshipManagers = clamp(Math.round((float) Math.sqrt(business) / 5), 3, 60);
		addUnit(relationships.name(), UnitKind.IT_GROUP, office.name());
		String head = staffUnit(relationships.name(), relationships, relationships.headTitle(),
				1 + relationshipManagers, cio, true);
		int rest = inIt - officeSize - 1 - relationshipManagers;
		List<Area> groups = Catalogue.IT_GROUPS.subList(0, clamp(rest / 10, 2, Catalogue.IT_GROUPS.size()));
		int[] groupSizes = split(rest, weights(groups), 2);
		List<String> groupHeads = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			groupHeads.add(area(groups.get(i), office.name(), UnitKind.IT_GROUP, groupSizes[i], cio, true));
		}
		String leader = groupHeads.get(0);

		vendors(Math.max(3, Math.round(this.size / 27.5f)));
		return new DemoOrganisation(Catalogue.COMPANY, this.units, this.people, ceo, cio, head, leader,
				directReportWithoutReports(leader));
	}

	/**
	 * About one in six employees works in IT in a mid-size company, fewer in a large one:
	 * the share falls from 18% at 1,000 people to 9% at 55,000, which gives the
	 * enterprise target of about 5,000 IT staff and 50,000 business people.
	 */
	static int itHeadcount(int people) {
		double share = 0.18;
		if (people > 1000) {
			share = Math.max(0.08, 0.18 - 0.09 * Math.log(people / 1000.0) / Math.log(55));
		}
		return (int) Math.round(people * share);
	}

	/**
	 * Adds a division or IT group with its people. A large one gets a department per
	 * function and, larger still, a department per function in each region.
	 * @return the employee id of the area's head
	 */
	private String area(Area area, String parentName, UnitKind kind, int headcount, String managerId, boolean inIt) {
		addUnit(area.name(), kind, parentName);
		if (headcount <= DEPARTMENTS_ABOVE) {
			return staffUnit(area.name(), area, area.headTitle(), headcount, managerId, inIt);
		}
		int staff = clamp(headcount / 150, 1, 4);
		String head = staffUnit(area.name(), area, area.headTitle(), 1 + staff, managerId, inIt);
		int rest = headcount - 1 - staff;
		int count = Math.max(2, (rest + DEPARTMENT_SIZE - 1) / DEPARTMENT_SIZE);
		List<String> functions = area.functions();
		if (count <= functions.size()) {
			departments(area, kind, area.name(), functions.subList(0, count), rest, head, inIt);
			return head;
		}
		int regions = Math.min(Catalogue.REGIONS.size(), (count + functions.size() - 1) / functions.size());
		int[] sizes = split(rest, jittered(functions.size()), 1 + 2 * regions);
		for (int i = 0; i < functions.size(); i++) {
			String function = addUnit(functions.get(i), kind, area.name());
			String functionHead = staffUnit(function, area, "Head of " + function, 1, head, inIt);
			List<String> names = Catalogue.REGIONS.subList(0, regions)
				.stream()
				.map((region) -> function + " (" + region + ")")
				.toList();
			departments(area, kind, function, names, sizes[i] - 1, functionHead, inIt);
		}
		return head;
	}

	private void departments(Area area, UnitKind kind, String parentName, List<String> names, int headcount,
			String managerId, boolean inIt) {
		int[] sizes = split(headcount, jittered(names.size()), 2);
		for (int i = 0; i < names.size(); i++) {
			String name = addUnit(names.get(i), kind, parentName);
			staffUnit(name, area, "Head of " + name, sizes[i], managerId, inIt);
		}
	}

	/**
	 * Adds the people of one unit: a head, one person of the head's own, and the others
	 * in teams below the head.
	 * @return the employee id of the unit's head
	 */
	private String staffUnit(String unitName, Area area, String headTitle, int headcount, String managerId,
			boolean inIt) {
		String head = addPerson(nextEmployeeId(), unitName, headTitle, managerId, inIt, Catalogue.DOMAIN);
		int others = headcount - 1;
		if (others > TEAM) {
			// Beside the team leads, a head keeps one person of their own, such as an
			// analyst.
			addPerson(nextEmployeeId(), unitName, pickCommon(area.titles()), head, inIt, Catalogue.DOMAIN);
			others--;
		}
		team(unitName, area, head, others, inIt);
		return head;
	}

	/**
	 * Places people below a manager: directly when they are few, otherwise under up to
	 * {@value #SPAN} team leads who each get an even share of the rest.
	 */
	private void team(String unitName, Area area, String managerId, int count, boolean inIt) {
		if (count <= TEAM) {
			for (int i = 0; i < count; i++) {
				addPerson(nextEmployeeId(), unitName, pickCommon(area.titles()), managerId, inIt, Catalogue.DOMAIN);
			}
			return;
		}
		int leadCount = clamp(Math.round(count / (SPAN + 1f)), 2, SPAN);
		List<String> leads = new ArrayList<>();
		for (int i = 0; i < leadCount; i++) {
			leads.add(addPerson(nextEmployeeId(), unitName, area.managerTitle(), managerId, inIt, Catalogue.DOMAIN));
		}
		double[] even = new double[leadCount];
		Arrays.fill(even, 1);
		int[] shares = split(count - leadCount, even, 0);
		for (int i = 0; i < leadCount; i++) {
			team(unitName, area, leads.get(i), shares[i], inIt);
		}
	}

	private void vendors(int count) {
		List<String> generated = new ArrayList<>();
		for (String prefix : Catalogue.VENDOR_PREFIXES) {
			for (String suffix : Catalogue.VENDOR_SUFFIXES) {
				generated.add(prefix + " " + suffix);
			}
		}
		Collections.shuffle(generated, this.random);
		int added = 0;
		for (String name : Catalogue.VENDORS) {
			if (added < count && isFree(name)) {
				vendor(name);
				added++;
			}
		}
		// Numbered names ("Calder Telecom 2") take over when the combinations run out.
		for (int round = 1; added < count; round++) {
			for (String candidate : generated) {
				String name = (round == 1) ? candidate : candidate + " " + round;
				if (added < count && isFree(name)) {
					vendor(name);
					added++;
				}
			}
		}
	}

	private void vendor(String name) {
		addUnit(name, UnitKind.VENDOR, null);
		String domain = slug(name) + ".example";
		int size = 2 + this.random.nextInt(3);
		String director = addPerson(nextContactId(), name, Catalogue.VENDOR_HEAD_TITLE, null, false, domain);
		for (int i = 1; i < size; i++) {
			addPerson(nextContactId(), name, pickCommon(Catalogue.VENDOR_TITLES), director, false, domain);
		}
	}

	private String directReportWithoutReports(String managerId) {
		Set<String> managers = this.people.stream()
			.map(Person::managerEmployeeId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return this.people.stream()
			.filter((person) -> managerId.equals(person.managerEmployeeId()))
			.filter((person) -> !managers.contains(person.employeeId()))
			.findFirst()
			.map(Person::employeeId)
			.orElseThrow(() -> new IllegalStateException(managerId + " leads no one without a team"));
	}

	/**
	 * Adds a unit under a name no other unit has, numbering it when the name is taken.
	 * @return the name the unit got
	 */
	private String addUnit(String candidate, UnitKind kind, String parentName) {
		String name = candidate;
		for (int n = 2; !this.unitKeys.add(key(name)); n++) {
			name = candidate + " " + n;
		}
		this.units.add(new Unit(name, kind, parentName));
		return name;
	}

	private boolean isFree(String unitName) {
		return !this.unitKeys.contains(key(unitName));
	}

	private String addPerson(String employeeId, String unitName, String title, String managerId, boolean inIt,
			String domain) {
		String first = pick(Catalogue.FIRST_NAMES);
		String last = pick(Catalogue.LAST_NAMES);
		String local = emailPart(first) + "." + emailPart(last);
		// Names have no digits, so "maria.silva2" is never someone else's address.
		int seen = this.emailCounts.merge(local + "@" + domain, 1, Integer::sum);
		String email = local + ((seen == 1) ? "" : seen) + "@" + domain;
		this.people.add(new Person(employeeId, first + " " + last, email, title, unitName, managerId, inIt));
		return employeeId;
	}

	private String nextEmployeeId() {
		return String.format(Locale.ROOT, "NM%06d", ++this.employees);
	}

	private String nextContactId() {
		return String.format(Locale.ROOT, "VC%06d", ++this.contacts);
	}

	private String pick(List<String> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/**
	 * Picks from a list whose first entries are the most common: the chance falls with
	 * the position.
	 */
	private String pickCommon(List<String> values) {
		return values.get(Math.min(this.random.nextInt(values.size()), this.random.nextInt(values.size())));
	}

	private double[] weights(List<Area> areas) {
		return areas.stream().mapToDouble((area) -> jitter(area.weight())).toArray();
	}

	private double[] jittered(int count) {
		double[] weights = new double[count];
		Arrays.setAll(weights, (i) -> jitter(1));
		return weights;
	}

	/**
	 * Varies a weight by up to a fifth either way, so that companies of different seeds
	 * differ in shape as well as in names.
	 */
	private double jitter(double weight) {
		return weight * (0.8 + 0.4 * this.random.nextDouble());
	}

	/**
	 * Splits a headcount in proportion to weights, each part at least {@code min}; the
	 * parts add up exactly to the total.
	 */
	static int[] split(int total, double[] weights, int min) {
		int rest = total - min * weights.length;
		if (rest < 0) {
			throw new IllegalStateException(total + " people cannot fill " + weights.length + " units of " + min);
		}
		double sum = Arrays.stream(weights).sum();
		int[] sizes = new int[weights.length];
		double[] remainders = new double[weights.length];
		int given = 0;
		for (int i = 0; i < weights.length; i++) {
			double exact = rest * weights[i] / sum;
			sizes[i] = min + (int) exact;
			remainders[i] = exact - (int) exact;
			given += (int) exact;
		}
		// The largest remainders get the people left over; ties go to the earlier part.
		int[] order = IntStream.range(0, weights.length)
			.boxed()
			.sorted(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt((i) -> i))
			.mapToInt(Integer::intValue)
			.toArray();
		for (int k = 0; k < rest - given; k++) {
			sizes[order[k]]++;
		}
		return sizes;
	}

	static String emailPart(String name) {
		String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace("ø", "o")
			.replace("æ", "ae")
			.replace("ß", "ss")
			.replace("ł", "l")
			.replace("ı", "i");
		return folded.replaceAll("[^a-z-]", "");
	}

	static String slug(String name) {
		return emailPart(name.replace("&", " and ").replace(' ', '-')).replaceAll("-+", "-").replaceAll("^-|-$", "");
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

}
