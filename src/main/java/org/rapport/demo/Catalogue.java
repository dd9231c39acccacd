package org.rapport.demo;

import java.util.List;

/**
 * The fixed material the demo organisation is made from: names, the company's areas with
 * their job titles, regions and vendor names. Lists, not sets, so that a seed always
 * picks the same entries.
 */
final class Catalogue {

	static final String COMPANY = "Northwind Meridian";

	static final String DOMAIN = "northwind-meridian.example";

	static final List<String> FIRST_NAMES = List.of("Aisha", "Alejandro", "Amara", "Amelia", "Ana", "Andrei", "Anika",
			"Arjun", "Astrid", "Ben", "Camille", "Carlos", "Chen", "Chiara", "Chloe", "Daniel", "David", "Diego",
			"Dmitri", "Elena", "Elif", "Emeka", "Emma", "Erik", "Fatima", "Felix", "Fiona", "Gabriel", "Grace", "Hana",
			"Hannah", "Hiroshi", "Ibrahim", "Inês", "Isabel", "Ivan", "Jakob", "James", "Jana", "Javier", "Jessica",
			"João", "Jonas", "Julia", "Kai", "Karim", "Katarzyna", "Kenji", "Laila", "Laura", "Leon", "Lina", "Lucas",
			"Lucía", "Mai", "Malik", "Marco", "Maria", "Mateo", "Maya", "Mehmet", "Mei", "Michael", "Mia", "Mohammed",
			"Nadia", "Naledi", "Nathan", "Nikolai", "Noah", "Nora", "Olivia", "Omar", "Oscar", "Pablo", "Paul", "Priya",
			"Rafael", "Rahul", "Rania", "Ravi", "Rosa", "Ruth", "Samuel", "Sara", "Seán", "Sofia", "Sophie", "Tariq",
			"Thomas", "Tomás", "Uma", "Valentina", "Victor", "Wei", "William", "Yara", "Yusuf", "Zainab", "Zoë");

	static final List<String> LAST_NAMES = List.of("Abbott", "Adeyemi", "Ahmed", "Álvarez", "Andersen", "Bailey",
			"Bakker", "Becker", "Bennett", "Bianchi", "Brooks", "Campbell", "Castillo", "Chen", "Clarke", "Costa",
			"Dubois", "Dumont", "Eriksson", "Evans", "Fernandes", "Fischer", "Fitzgerald", "García", "González",
			"Gupta", "Hansen", "Harris", "Hoffmann", "Hughes", "Ibrahim", "Ito", "Jansen", "Johansson", "Kaur", "Kelly",
			"Khan", "Kim", "Kowalski", "Kumar", "Larsen", "Laurent", "Lee", "Lindqvist", "López", "Martin", "Mendes",
			"Meyer", "Moreau", "Müller", "Murphy", "Nakamura", "Nguyen", "Novak", "Nowak", "Nyström", "O'Brien",
			"O'Connor", "Okafor", "Olsen", "Owusu", "Patel", "Pereira", "Petrov", "Quinn", "Ramírez", "Reyes",
			"Richter", "Romano", "Rossi", "Santos", "Sato", "Schmidt", "Schneider", "Shah", "Silva", "Singh", "Smith",
			"Sørensen", "Suzuki", "Tanaka", "Taylor", "Thompson", "Torres", "van Dijk", "Varga", "Vogel", "Wagner",
			"Walsh", "Wang", "Watanabe", "Weber", "Williams", "Wilson", "Wójcik", "Yamamoto", "Yılmaz", "Young",
			"Zhang", "Zimmermann");

	/**
	 * Where large areas open departments once their functions alone are not enough.
	 */
	static final List<String> REGIONS = List.of("North America", "EMEA", "Asia Pacific", "Latin America",
			"UK & Ireland", "DACH", "Nordics", "Benelux", "Iberia", "France", "Italy", "Japan", "India",
			"Australia & New Zealand");

	static final Area EXECUTIVE_OFFICE = new Area("Executive Office", 0, "Chief Executive Officer", "Chief of Staff",
			List.of(), List.of("Executive Assistant", "Corporate Strategy Advisor", "Executive Office Coordinator",
					"Board Secretary"));

	/**
	 * The business divisions, the most common first: a small company has the first ones.
	 */
	static final List<Area> DIVISIONS = List.of(
			new Area("Sales", 16, "Chief Sales Officer", "Sales Manager",
					List.of("Field Sales", "Inside Sales", "Key Accounts", "Channel Partners", "Sales Operations",
							"Bid Management"),
					List.of("Account Executive", "Sales Representative", "Senior Account Executive",
							"Key Account Manager", "Sales Coordinator", "Sales Operations Analyst", "Bid Manager")),
			new Area("Marketing", 7, "Chief Marketing Officer", "Marketing Manager",
					List.of("Brand & Creative", "Digital Marketing", "Product Marketing", "Market Research",
							"Events & Sponsorship", "Marketing Operations"),
					List.of("Marketing Specialist", "Digital Marketing Specialist", "Content Strategist",
							"Campaign Manager", "Graphic Designer", "Product Marketing Manager",
							"Market Research Analyst")),
			new Area("Finance", 8, "Chief Financial Officer", "Finance Manager",
					List.of("Financial Planning & Analysis", "Accounts Payable", "Accounts Receivable", "Treasury",
							"Tax", "Financial Reporting"),
					List.of("Accountant", "Financial Analyst", "Accounts Payable Specialist", "Senior Accountant",
							"Tax Specialist", "Treasury Analyst", "Controller")),
			new Area("Human Resources", 5, "Chief People Officer", "HR Manager",
					List.of("Talent Acquisition", "HR Business Partners", "Learning & Development",
							"Compensation & Benefits", "HR Operations", "Employee Relations"),
					List.of("Recruiter", "HR Administrator", "Talent Acquisition Specialist", "Payroll Specialist",
							"HR Business Partner", "Learning Specialist", "Compensation Analyst")),
			new Area("Operations", 12, "Chief Operating Officer", "Operations Manager",
					List.of("Business Operations", "Process Excellence", "Operations Planning", "Field Operations",
							"Operational Risk", "Shared Services"),
					List.of("Operations Specialist", "Operations Coordinator", "Operations Analyst",
							"Operations Planner", "Business Analyst", "Process Improvement Specialist")),
			new Area("Supply Chain", 9, "Vice President, Supply Chain", "Supply Chain Manager",
					List.of("Logistics", "Warehousing", "Demand Planning", "Distribution", "Inventory Control",
							"Transport Management"),
					List.of("Warehouse Operative", "Logistics Coordinator", "Demand Planner", "Inventory Analyst",
							"Transport Planner", "Supply Chain Analyst", "Warehouse Supervisor")),
			new Area("Legal", 3, "General Counsel", "Senior Counsel",
					List.of("Commercial Contracts", "Corporate Legal", "Compliance", "Intellectual Property",
							"Litigation", "Privacy"),
					List.of("Legal Counsel", "Paralegal", "Contracts Manager", "Compliance Officer", "Privacy Officer",
							"IP Specialist")),
			new Area("Customer Service", 12, "Vice President, Customer Service", "Customer Service Team Lead",
					List.of("Customer Care", "Technical Support", "Complaints Resolution", "Customer Onboarding",
							"Customer Success", "Contact Centre Operations"),
					List.of("Customer Service Representative", "Support Specialist",
							"Senior Customer Service Representative", "Customer Success Manager",
							"Onboarding Specialist", "Complaints Handler")),
			new Area("Research & Development", 10, "Vice President, Research & Development", "R&D Manager",
					List.of("Product Development", "Materials Research", "Prototyping", "Testing & Validation",
							"Product Design", "Innovation Lab"),
					List.of("Product Engineer", "Research Scientist", "Design Engineer", "Validation Engineer",
							"Lab Technician", "Industrial Designer")),
			new Area("Manufacturing", 14, "Vice President, Manufacturing", "Production Supervisor",
					List.of("Assembly", "Machining", "Production Planning", "Maintenance", "Plant Engineering",
							"Packaging"),
					List.of("Production Operator", "Machine Operator", "Maintenance Technician", "Quality Inspector",
							"Process Engineer", "Production Planner")),
			new Area("Procurement", 4, "Chief Procurement Officer", "Procurement Manager",
					List.of("Strategic Sourcing", "Purchasing", "Supplier Management", "Procurement Operations",
							"Category Management", "Contract Administration"),
					List.of("Buyer", "Purchasing Coordinator", "Sourcing Specialist", "Category Manager",
							"Supplier Development Engineer")),
			new Area("Corporate Communications", 2, "Director of Communications", "Communications Manager",
					List.of("Internal Communications", "Media Relations", "Investor Relations", "Public Affairs",
							"Corporate Responsibility", "Digital Communications"),
					List.of("Communications Specialist", "Content Writer", "Social Media Manager", "Press Officer",
							"Investor Relations Analyst")),
			new Area("Quality Assurance", 4, "Director of Quality", "Quality Manager",
					List.of("Quality Control", "Quality Systems", "Supplier Quality", "Regulatory Affairs",
							"Product Safety", "Audit & Certification"),
					List.of("Quality Engineer", "Quality Analyst", "Quality Auditor", "Regulatory Specialist",
							"Product Safety Specialist")),
			new Area("Facilities", 3, "Director of Facilities", "Facilities Manager",
					List.of("Workplace Services", "Property Management", "Health & Safety", "Site Security",
							"Energy & Sustainability", "Office Services"),
					List.of("Facilities Coordinator", "Building Technician", "Workplace Coordinator", "Receptionist",
							"Health & Safety Officer")),
			new Area("Strategy & Planning", 2, "Chief Strategy Officer", "Strategy Manager",
					List.of("Corporate Strategy", "Business Development", "Mergers & Acquisitions",
							"Transformation Office", "Portfolio Planning", "Strategic Partnerships"),
					List.of("Strategy Analyst", "Business Development Manager", "Corporate Development Associate",
							"Transformation Lead")));

	static final Area IT_OFFICE = new Area("Information Technology", 0, "Chief Information Officer",
			"IT Business Manager", List.of(), List.of("IT Governance Analyst", "IT Business Manager",
					"Executive Assistant", "IT Communications Manager"));

	/**
	 * Where the business relationship managers sit, led by the head of relationship
	 * management.
	 */
	static final Area RELATIONSHIP_MANAGEMENT = new Area("Relationship Management Office", 0,
			"Head of Relationship Management", "Senior Business Relationship Manager", List.of(),
			List.of("Business Relationship Manager"));

	/**
	 * The IT groups, the most common first: a small IT department has the first ones. The
	 * first group's head is the demo's IT leader.
	 */
	static final List<Area> IT_GROUPS = List.of(
			new Area("Service Desk", 16, "Head of Service Desk", "Service Desk Team Lead",
					List.of("First-Line Support", "Second-Line Support", "Desktop Support", "Major Incident Management",
							"Service Desk Operations", "Knowledge Management"),
					List.of("Service Desk Analyst", "Desktop Support Technician", "Senior Service Desk Analyst",
							"Incident Coordinator", "Problem Manager", "Knowledge Manager")),
			new Area("Enterprise Applications", 20, "Head of Enterprise Applications", "Application Manager",
					List.of("ERP Applications", "CRM Applications", "HR Systems", "Finance Systems",
							"Integration Services", "Collaboration Platforms"),
					List.of("Application Analyst", "Software Engineer", "Business Analyst", "Senior Software Engineer",
							"Integration Developer", "ERP Consultant")),
			new Area("Infrastructure & Cloud", 20, "Head of Infrastructure & Cloud", "Infrastructure Manager",
					List.of("Cloud Platform", "Network Engineering", "Data Centre Operations", "End-User Computing",
							"Storage & Backup", "Unified Communications"),
					List.of("Systems Administrator", "Cloud Engineer", "Network Engineer", "Platform Engineer",
							"Site Reliability Engineer", "Storage Engineer")),
			new Area("Data & Analytics", 10, "Head of Data & Analytics", "Analytics Manager",
					List.of("Data Engineering", "Business Intelligence", "Data Science", "Data Governance",
							"Analytics Platforms", "Master Data Management"),
					List.of("Data Analyst", "Data Engineer", "BI Developer", "Data Scientist", "Analytics Engineer",
							"Data Steward")),
			new Area("Information Security", 8, "Chief Information Security Officer", "Security Manager",
					List.of("Security Operations", "Identity & Access Management", "Risk & Compliance",
							"Security Engineering", "Vulnerability Management", "Security Awareness"),
					List.of("Security Analyst", "SOC Analyst", "Security Engineer", "IAM Engineer", "IT Risk Analyst",
							"Penetration Tester")),
			new Area("Architecture", 5, "Chief Architect", "Lead Architect",
					List.of("Enterprise Architecture", "Solution Architecture", "Technology Standards",
							"Integration Architecture", "Data Architecture", "Cloud Architecture"),
					List.of("Solution Architect", "Technical Architect", "Integration Architect", "Data Architect",
							"Enterprise Architect")),
			new Area("Software Engineering", 14, "Head of Software Engineering", "Engineering Manager",
					List.of("Digital Products", "Web Platforms", "Mobile Apps", "API Platform", "Developer Experience",
							"Test Automation"),
					List.of("Software Engineer", "Senior Software Engineer", "Frontend Developer", "DevOps Engineer",
							"Test Engineer", "Mobile Developer")),
			new Area("Project Management Office", 5, "Head of the Project Management Office", "Programme Manager",
					List.of("Portfolio Management", "Programme Delivery", "Agile Delivery", "Project Controls",
							"Change Management", "Resource Management"),
					List.of("Project Manager", "Senior Project Manager", "Scrum Master", "PMO Analyst",
							"Change Manager")),
			new Area("IT Finance & Vendor Management", 3, "Head of IT Finance & Vendor Management",
					"IT Commercial Manager",
					List.of("IT Finance", "Vendor Management", "Software Asset Management", "IT Procurement",
							"Contract Management", "Licence Compliance"),
					List.of("IT Financial Analyst", "Vendor Manager", "Software Asset Manager", "Licence Analyst",
							"Contract Analyst")));

	/**
	 * The vendors a mid-size company has, by name; larger companies get generated ones as
	 * well.
	 */
	static final List<String> VENDORS = List.of("Cobalt Cloud Hosting", "Harbourline Telecom", "Larkspur Software",
			"Brightwater Consulting", "Ironbridge Networks", "Saltmarsh Security", "Tidewater Data Centres",
			"Foxglove Analytics", "Granite Peak Hardware", "Kestrel Print Services", "Aldergrove Managed Services",
			"Silverbirch ERP Solutions", "Quillfeather Payroll Services", "Heathland Learning Systems",
			"Pinecrest Field Services");

	static final List<String> VENDOR_PREFIXES = List.of("Amberley", "Ashgrove", "Baywood", "Blackthorn", "Bramble",
			"Briarwood", "Calder", "Cedarline", "Clearwater", "Copperfield", "Crestview", "Driftwood", "Eastbrook",
			"Elmstead", "Fairhaven", "Fernhill", "Flintridge", "Glenmore", "Goldcrest", "Greystone", "Hawthorn",
			"Hazelmere", "Highmoor", "Hollowell", "Ivybridge", "Kingsmead", "Lakeshore", "Lindenwood", "Lowther",
			"Maplewood", "Marlow", "Meadowvale", "Millbrook", "Moorfield", "Nettlebed", "Oakridge", "Orchard Lane",
			"Pebblestone", "Quarry Hill", "Ravenscroft", "Redfern", "Riverbend", "Rosewood", "Sandpiper", "Seabright",
			"Shelford", "Skylark", "Stonebridge", "Summerfield", "Thornbury", "Torrance", "Upland", "Valebrook",
			"Westcliff", "Whitlock", "Willowby", "Windmere", "Wrenfield", "Yarrow", "Zephyr");

	static final List<String> VENDOR_SUFFIXES = List.of("Cloud Hosting", "Telecom", "Software", "Consulting",
			"Networks", "Security", "Data Centres", "Analytics", "Hardware", "Print Services", "Managed Services",
			"ERP Solutions", "Payroll Services", "Learning Systems", "Field Services", "Systems Integration",
			"Digital Agency", "IT Staffing", "Backup Solutions", "Fibre", "Mobile", "Licensing", "Data Services",
			"Cyber Defence", "Workplace Solutions", "DevOps Tooling", "Testing Services", "Logistics Software",
			"Collaboration Tools", "Storage", "Identity Services", "Payments", "Helpdesk Services", "Hosting",
			"AI Labs", "Device Leasing");

	static final String VENDOR_HEAD_TITLE = "Account Director";

	static final List<String> VENDOR_TITLES = List.of("Account Manager", "Technical Account Manager",
			"Customer Success Manager", "Service Delivery Manager", "Solutions Engineer", "Support Engineer");

	private Catalogue() {
	}

	/**
	 * A part of the company: a business division or an IT group.
	 *
	 * @param name the unit's name
	 * @param weight its share of the headcount relative to the other areas
	 * @param headTitle the title of the person who leads it
	 * @param managerTitle the title of the people inside it who lead a team
	 * @param functions the names of its departments once it is large enough to have them
	 * @param titles the titles of the people who do its work, the most common first
	 */
	record Area(String name, int weight, String headTitle, String managerTitle, List<String> functions,
			List<String> titles) {
	}

}
