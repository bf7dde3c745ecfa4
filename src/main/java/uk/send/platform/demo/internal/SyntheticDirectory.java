package uk.send.platform.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import uk.send.platform.access.NewUser;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.localoffer.DirectoryLoading;
import uk.send.platform.localoffer.Organisation;
import uk.send.platform.localoffer.Pathway;
import uk.send.platform.localoffer.Pathways;
import uk.send.platform.localoffer.ServiceContent;
import uk.send.platform.localoffer.ServiceContent.ContactContent;
import uk.send.platform.localoffer.ServiceContent.LocationContent;
import uk.send.platform.localoffer.ServiceContent.ScheduleContent;
import uk.send.platform.localoffer.Taxonomy;
import uk.send.platform.localoffer.TaxonomyTerm;

/**
 * A realistic, deterministic Local Offer for the synthetic Local Area (same seed, same directory): about forty
 * organisations and a few hundred services across education, health, social care, leisure, short breaks, advice and
 * preparing for adulthood, in the towns of Somerset, described with two taxonomies (needs and service types), weekly
 * opening times, costs and ages. A few entries carry the data-quality problems real directories have, and a few
 * have not been checked for over a year, so editors and officers see their flags. Contacts are role titles.
 */
final class SyntheticDirectory {

    static final String NEEDS_ID = id("taxonomy:needs");
    static final String TYPES_ID = id("taxonomy:types");

    private static final String[][] NEEDS = {
        {"autism", "Autism", "Autistic children and young people, with or without a diagnosis"},
        {"slcn", "Speech, language and communication", "Difficulties with speech, understanding or using language"},
        {"adhd", "ADHD and attention", "Attention deficit hyperactivity disorder and difficulties with attention"},
        {"learning", "Learning disability", "Moderate, severe or profound and multiple learning disabilities"},
        {"spld", "Dyslexia and specific learning difficulties", "Dyslexia, dyscalculia and dyspraxia"},
        {"semh", "Social, emotional and mental health", "Anxiety, low mood, attachment and emotional wellbeing"},
        {"physical", "Physical disability", "Physical disabilities and mobility needs"},
        {"hearing", "Hearing impairment", "Deaf children and young people and those with hearing loss"},
        {"vision", "Vision impairment", "Blind and partially sighted children and young people"},
        {"medical", "Medical and health needs", "Long-term health conditions and complex medical needs"},
    };
    private static final String[][] TYPES = {
        {"education", "Education and learning", "Schools, early years, specialist teaching and learning support"},
        {"health", "Health and therapies", "NHS therapies, clinics and health services"},
        {"social-care", "Social care and family support", "Social care, family support and early help"},
        {"leisure", "Leisure and activities", "Clubs, sport and activities that welcome disabled children"},
        {"short-breaks", "Short breaks", "Short breaks for disabled children and a rest for their carers"},
        {"advice", "Information, advice and support", "Impartial advice, parent carer support and advocacy"},
        {"adulthood", "Preparing for adulthood", "Work, independent living, friendships and health from 14 to 25"},
    };

    private record Town(String name, String outward, double lat, double lon) {
    }

    private static final List<Town> TOWNS = List.of(new Town("Taunton", "TA1", 51.0150, -3.1030),
            new Town("Bridgwater", "TA6", 51.1280, -3.0030), new Town("Yeovil", "BA20", 50.9410, -2.6330),
            new Town("Frome", "BA11", 51.2280, -2.3220), new Town("Minehead", "TA24", 51.2040, -3.4790),
            new Town("Wells", "BA5", 51.2090, -2.6470), new Town("Street", "BA16", 51.1270, -2.7400),
            new Town("Glastonbury", "BA6", 51.1480, -2.7140), new Town("Chard", "TA20", 50.8720, -2.9620),
            new Town("Wellington", "TA21", 50.9780, -3.2260), new Town("Burnham-on-Sea", "TA8", 51.2380, -2.9970),
            new Town("Shepton Mallet", "BA4", 51.1900, -2.5460), new Town("Crewkerne", "TA18", 50.8830, -2.7950),
            new Town("Ilminster", "TA19", 50.9260, -2.9110), new Town("Wincanton", "BA9", 51.0560, -2.4100),
            new Town("Cheddar", "BS27", 51.2790, -2.7780));

    /** Service templates: type, needs, name (with {town}), what it does, ages, free, days, opening, closing, how. */
    private record Template(String type, String[] needs, String name, String what, int min, int max, boolean free,
            String days, String opens, String closes, String how, boolean perTown) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("leisure", new String[] {"autism", "learning", "physical"}, "{town} Inclusive Swimming",
                    "Relaxed swimming sessions with a quieter pool, changing places toilet and staff trained in disability awareness. Parents and carers swim free with their child.",
                    3, 18, false, "SA", "09:00", "10:30", "Just turn up. Book ahead in school holidays.", true),
            new Template("leisure", new String[] {"autism", "semh", "adhd"}, "{town} SEND Youth Club",
                    "A weekly youth club for young people with additional needs: games, cooking, music and trips, with a calm room for time out.",
                    11, 19, false, "TU", "18:00", "20:00", "Contact the club leader to arrange a visit before your first session.", true),
            new Template("leisure", new String[] {"autism", "learning", "physical", "vision"}, "Sensory Play Sessions ({town})",
                    "Sensory play for babies and young children with additional needs, with lights, textures, sounds and soft play in a safe space.",
                    0, 5, true, "WE", "10:00", "11:30", "Drop in. Each child must come with a parent or carer.", true),
            new Template("leisure", new String[] {"physical", "learning"}, "Adapted Cycling in {town}",
                    "Adapted bikes, trikes and tandems for disabled children and young people to ride with their families on a traffic-free track.",
                    4, 25, false, "SU", "10:00", "13:00", "Book a bike online or by phone at least two days ahead.", true),
            new Template("leisure", new String[] {"autism", "adhd", "semh"}, "{town} Trampoline Club for Additional Needs",
                    "Small-group trampolining led by qualified coaches for children who find busy sports clubs hard. Builds balance, confidence and friendships.",
                    5, 16, false, "TH", "16:30", "17:30", "Book a free taster session by email.", true),
            new Template("health", new String[] {"slcn"}, "Children's Speech and Language Therapy, {town}",
                    "NHS speech and language therapy for children with difficulties with speech, language, communication or swallowing, in clinics, nurseries and schools.",
                    0, 18, true, "MO,TU,WE,TH,FR", "08:30", "17:00", "Parents can ask for advice at a drop-in; schools and health professionals can refer.", true),
            new Template("health", new String[] {"physical", "spld"}, "Paediatric Occupational Therapy, {town} clinic",
                    "Occupational therapists help children with the everyday skills they find hard: dressing, handwriting, eating and play, and advise on equipment at home and school.",
                    0, 19, true, "MO,WE,FR", "09:00", "16:30", "A referral from a GP, paediatrician or school is needed.", true),
            new Template("health", new String[] {"physical", "medical"}, "Children's Physiotherapy, {town}",
                    "Assessment and treatment for babies, children and young people with movement difficulties, including neurological and orthopaedic conditions.",
                    0, 18, true, "MO,TU,TH", "08:30", "16:30", "A health professional refers your child.", true),
            new Template("health", new String[] {"semh"}, "Young Minds Drop-in ({town})",
                    "Emotional wellbeing drop-in for young people worried about anxiety, low mood, self-harm or friendships, run with the NHS mental health support team.",
                    11, 18, true, "WE", "15:30", "18:00", "Drop in, or ask your school's mental health lead to book a time.", true),
            new Template("health", new String[] {"autism", "adhd"}, "Neurodevelopmental Assessment Service",
                    "Assessment for autism and ADHD for children and young people, with advice for families while they wait and after a diagnosis.",
                    2, 18, true, "MO,TU,WE,TH,FR", "09:00", "17:00", "A GP, paediatrician or school SENCo refers your child.", false),
            new Template("health", new String[] {"medical", "learning"}, "Children's Community Nursing Team",
                    "Nurses caring for children with complex health needs at home and at school, including training for families and school staff.",
                    0, 18, true, "MO,TU,WE,TH,FR,SA,SU", "08:00", "20:00", "Referral through the child's hospital consultant or GP.", false),
            new Template("health", new String[] {"hearing"}, "Children's Audiology, {town}",
                    "Hearing tests, hearing aids and support for children with hearing loss, working with the sensory support teachers.",
                    0, 18, true, "TU,TH", "09:00", "16:00", "A GP or health visitor refers your child.", true),
            new Template("health", new String[] {"medical", "physical"}, "Children's Continence Service",
                    "Advice and treatment for children and young people with bladder and bowel problems, including products for those who need them.",
                    0, 19, true, "MO,WE,FR", "09:00", "16:30", "Ask your school nurse, health visitor or GP.", false),
            new Template("education", new String[] {"autism", "slcn", "learning"}, "Early Years SEND Inclusion, {town}",
                    "Specialist early years practitioners support nurseries, childminders and families so young children with SEND can take part fully in early education.",
                    0, 5, true, "MO,TU,WE,TH,FR", "08:30", "16:30", "Your child's nursery or childminder asks for support, with your agreement.", true),
            new Template("education", new String[] {"spld"}, "Dyslexia Support Group ({town})",
                    "After-school sessions with specialist teachers using structured, multi-sensory methods to help children with dyslexia read, write and spell with confidence.",
                    7, 16, false, "TH", "15:45", "17:15", "Contact the group; a diagnosis is not needed.", true),
            new Template("education", new String[] {"autism", "semh"}, "Autism and Communication Outreach Team",
                    "Teachers who advise schools on including autistic pupils: training, visits, and support with transitions between schools.",
                    4, 19, true, "MO,TU,WE,TH,FR", "08:30", "16:30", "Your child's school asks for a visit through the SENCo.", false),
            new Template("education", new String[] {"hearing", "vision"}, "Sensory Support Service",
                    "Qualified teachers of deaf and vision-impaired children support families from diagnosis and advise nurseries, schools and colleges.",
                    0, 25, true, "MO,TU,WE,TH,FR", "08:30", "16:30", "Families, health professionals and schools can refer.", false),
            new Template("education", new String[] {"learning", "autism", "physical"}, "{town} Special School Outreach",
                    "Staff from the local special school share their expertise with mainstream schools, and families can visit to learn about specialist places.",
                    4, 19, true, "MO,TU,WE,TH,FR", "08:45", "15:15", "Contact the school to arrange a visit.", true),
            new Template("education", new String[] {"semh"}, "Emotional Literacy Support in Schools",
                    "Trained teaching assistants help pupils understand and manage their emotions, supervised by educational psychologists.",
                    5, 16, true, "MO,TU,WE,TH,FR", "08:30", "15:30", "Ask your child's school.", false),
            new Template("social-care", new String[] {"learning", "physical", "medical"}, "Children with Disabilities Team",
                    "Social workers for disabled children with substantial needs and their families: assessments, care planning and support at home.",
                    0, 18, true, "MO,TU,WE,TH,FR", "09:00", "17:00", "Anyone can contact the children's front door; a social care assessment decides the support.", false),
            new Template("social-care", new String[] {"autism", "adhd", "semh"}, "Family Support Workers, {town}",
                    "Practical help at home for families of children with additional needs: routines, sleep, behaviour and getting support from other services.",
                    0, 18, true, "MO,TU,WE,TH,FR", "09:00", "17:00", "Ask your school, health visitor or early help coordinator to refer you.", true),
            new Template("social-care", new String[] {"learning", "physical"}, "Direct Payments Advice",
                    "Help to use a direct payment for your child's care: employing a personal assistant, payroll and what the payment can pay for.",
                    0, 25, true, "MO,WE,FR", "10:00", "15:00", "Phone or email for advice; you will need an assessment of needs.", false),
            new Template("short-breaks", new String[] {"autism", "learning", "physical"}, "Saturday Short Breaks Club, {town}",
                    "A supported Saturday club with games, arts, cooking and outings, giving disabled children time with friends and their carers a break.",
                    5, 18, false, "SA", "10:00", "15:00", "Apply for a short breaks place; some places are free with an assessment.", true),
            new Template("short-breaks", new String[] {"learning", "medical", "physical"}, "Overnight Short Breaks Home",
                    "Planned overnight stays in a homely setting with nursing and care staff, for children with complex disabilities.",
                    5, 18, true, "FR,SA,SU", "16:00", "20:00", "A social care assessment is needed.", false),
            new Template("short-breaks", new String[] {"autism", "adhd", "learning"}, "Holiday Activity Scheme ({town})",
                    "Inclusive holiday activities and a healthy lunch for children with SEND, with one-to-one support where needed.",
                    5, 16, true, "MO,TU,WE,TH", "09:30", "14:30", "Book a place through the holiday activities booking page.", true),
            new Template("advice", new String[] {"autism", "slcn", "learning", "semh"}, "SEND Information, Advice and Support Service (SENDIAS)",
                    "Free, impartial and confidential advice for children, young people and parents about SEND, EHC needs assessments, plans, appeals and school issues.",
                    0, 25, true, "MO,TU,WE,TH,FR", "09:30", "16:30", "Phone, email or use the online form; you do not need a referral.", false),
            new Template("advice", new String[] {"autism", "adhd", "learning", "semh"}, "Parent Carer Forum Coffee Mornings ({town})",
                    "Meet other parents and carers of children with SEND, share experience and tell the forum what should change in local services.",
                    0, 25, true, "FR", "10:00", "12:00", "Just come along; children under five are welcome.", true),
            new Template("advice", new String[] {"autism"}, "Autism Family Support Line",
                    "Telephone and email support for families of autistic children, before and after diagnosis, from parents with lived experience.",
                    0, 25, true, "MO,TU,WE,TH", "10:00", "14:00", "Phone or email; no referral needed.", false),
            new Template("adulthood", new String[] {"learning", "autism"}, "Supported Internships ({town})",
                    "A year-long study programme based with an employer, with a job coach, for young people with an EHC plan who want to work.",
                    16, 25, true, "MO,TU,WE,TH", "09:00", "15:00", "Talk to your school or college, or ask at your annual review.", true),
            new Template("adulthood", new String[] {"learning", "physical", "autism"}, "Independent Travel Training",
                    "One-to-one training so young people can travel safely on their own to school, college or work.",
                    11, 25, true, "MO,TU,WE,TH,FR", "08:00", "17:00", "Your school, college or the SEND team refers you.", false),
            new Template("adulthood", new String[] {"semh", "autism", "learning"}, "Transitions Team (14 to 25)",
                    "Support for young people moving from children's to adult services: health, social care, housing and what to do after school.",
                    14, 25, true, "MO,TU,WE,TH,FR", "09:00", "17:00", "Ask at your annual review, or contact the team.", false));

    private static final String[] ORGANISATIONS = {
        "Somerset Council SEND Services", "NHS Somerset Children's Therapies", "NHS Somerset Child and Family Health",
        "Somerset SENDIAS", "Somerset Parent Carer Forum", "Somerset Leisure Trust", "Inclusive Sport Somerset",
        "Somerset Short Breaks Partnership", "Somerset Children's Social Care", "Somerset Autism Family Support",
        "Somerset Specialist Teaching Service", "Quantock Youth Trust", "Mendip Family Support", "Levels and Moors Play",
        "Sedgemoor Young People's Charity", "South Somerset Inclusive Activities", "West Somerset Community Trust",
        "Somerset College Supported Pathways", "Somerset Sensory Support", "Blackdown Adventure and Play"};

    private final long seed;

    SyntheticDirectory(long seed) {
        this.seed = seed;
    }

    static String id(String key) {
        return UUID.nameUUIDFromBytes(("demo-local-offer|" + key).getBytes()).toString();
    }

    int load(DirectoryLoading loading, Pathways pathways, UserAccounts accounts, String password) {
        Random random = new Random(seed);
        loading.saveTaxonomy(new Taxonomy(NEEDS_ID, "SEND needs", "The special educational needs and disabilities a service helps with",
                "https://example.org/local-offer/taxonomies/send-needs", "1"));
        loading.saveTaxonomy(new Taxonomy(TYPES_ID, "Service types", "The kinds of service in the Local Offer",
                "https://example.org/local-offer/taxonomies/service-types", "1"));
        for (String[] n : NEEDS) {
            loading.saveTerm(new TaxonomyTerm(id("need:" + n[0]), NEEDS_ID, null, n[0], n[1], n[2], null));
        }
        for (String[] t : TYPES) {
            loading.saveTerm(new TaxonomyTerm(id("type:" + t[0]), TYPES_ID, null, t[0], t[1], t[2], null));
        }
        List<String> organisations = new ArrayList<>();
        for (String name : ORGANISATIONS) {
            String slug = slug(name);
            String orgId = id("org:" + slug);
            loading.saveOrganisation(new Organisation(orgId, name, name + " provides services in Somerset's Local Offer for children and young people with SEND and their families.",
                    "hello@" + slug + ".example.org", "https://" + slug + ".example.org"));
            organisations.add(orgId);
        }
        int count = 0;
        for (int t = 0; t < TEMPLATES.size(); t++) {
            Template template = TEMPLATES.get(t);
            List<Town> towns = template.perTown ? TOWNS : List.of(TOWNS.get(t % 4));
            for (Town town : towns) {
                if (template.perTown && random.nextInt(100) < 10) {
                    continue;
                }
                String orgId = organisations.get(organisationFor(template, town, random));
                String name = template.name.replace("{town}", town.name);
                String serviceId = id("service:" + slug(name));
                loading.publish(serviceId, orgId, content(serviceId, template, town, name, random, count), "demo",
                        "Demo content for the synthetic Local Area");
                if (count % 19 == 4) {
                    loading.lastCheckedMonthsAgo(serviceId, 13 + count % 5);
                } else {
                    loading.lastCheckedMonthsAgo(serviceId, count % 11);
                }
                count++;
            }
        }
        createUsers(loading, accounts, password, organisations);
        savePathways(pathways);
        return count;
    }

    private static int organisationFor(Template t, Town town, Random random) {
        return switch (t.type) {
            case "health" -> 1 + random.nextInt(2);
            case "advice" -> t.name.startsWith("SEND Information") ? 3 : t.name.startsWith("Parent Carer") ? 4 : 9;
            case "leisure" -> t.name.contains("Swimming") ? 5 : List.of(6, 11, 13, 15, 16, 19).get(Math.abs(town.name.hashCode()) % 6);
            case "short-breaks" -> 7;
            case "social-care" -> t.name.startsWith("Family Support") ? 12 : 8;
            case "education" -> t.name.startsWith("Sensory") ? 18 : 10;
            case "adulthood" -> t.name.startsWith("Supported") ? 17 : 0;
            default -> 0;
        };
    }

    private static ServiceContent content(String serviceId, Template t, Town town, String name, Random random, int n) {
        String slug = slug(name);
        double lat = town.lat + (random.nextDouble() - 0.5) * 0.03;
        double lon = town.lon + (random.nextDouble() - 0.5) * 0.045;
        String postcode = town.outward + " " + (1 + random.nextInt(9)) + (char) ('A' + random.nextInt(20)) + (char) ('A' + random.nextInt(20));
        String place = PLACES[random.nextInt(PLACES.length)];
        String street = STREETS[random.nextInt(STREETS.length)];
        LocationContent location = new LocationContent(id("location:" + slug), id("sal:" + slug), "physical",
                town.name + " " + place, null, (1 + random.nextInt(80)) + " " + street, town.name, "Somerset", postcode,
                round(lat), round(lon), ACCESS[random.nextInt(ACCESS.length)]);
        List<ScheduleContent> schedules = new ArrayList<>();
        for (String day : t.days.split(",")) {
            schedules.add(new ScheduleContent(id("schedule:" + slug + ":" + day), day, t.opens, t.closes, null));
        }
        List<String> terms = new ArrayList<>();
        terms.add(id("type:" + t.type));
        for (String need : t.needs) {
            terms.add(id("need:" + need));
        }
        String phone = "01" + (823 + random.nextInt(5)) + " " + (100 + random.nextInt(900)) + " " + (100 + random.nextInt(900));
        String email = slug.length() > 40 ? slug.substring(0, 40) : slug;
        String description = t.what + " " + TOWN_LINES[random.nextInt(TOWN_LINES.length)].replace("{town}", town.name);
        String fees = t.free ? null : "£" + (2 + random.nextInt(6)) + " a session; ask about help with costs";
        // about one entry in twelve carries a problem real directories have, for the data-quality report
        int flaw = n % 12 == 5 ? random.nextInt(3) : -1;
        if (flaw == 0) {
            description = name.replace(town.name, "").strip() + " in " + town.name + ".";
        } else if (flaw == 1) {
            phone = "0182 33";
        }
        return new ServiceContent(name, description, "https://" + slug(t.name.replace("{town}", "")) + ".example.org/" + slug(town.name),
                flaw == 2 ? null : email + "@example.org", phone, n % 41 == 7 ? "temporarily closed" : "active", fees, t.free,
                t.min, t.max, eligibility(t), t.how, n % 41 == 7 ? "Closed for refurbishment until the spring." : null, terms,
                List.of(location), schedules,
                List.of(new ContactContent(id("contact:" + slug), null, "Service coordinator", email + "@example.org", null)));
    }

    private static String eligibility(Template t) {
        return "For children and young people aged " + t.min + " to " + t.max
                + (t.type.equals("social-care") || t.type.equals("short-breaks")
                        ? " who live in Somerset. Some support depends on an assessment of needs."
                        : " who live or go to school in Somerset. You do not need a diagnosis or an EHC plan.");
    }

    private void createUsers(DirectoryLoading loading, UserAccounts accounts, String password, List<String> organisations) {
        add(accounts, "offer.editor", "Local Offer Editor (Somerset Leisure Trust)", "LOCAL_OFFER_EDITOR", password);
        add(accounts, "offer.editor2", "Local Offer Editor (Somerset SENDIAS)", "LOCAL_OFFER_EDITOR", password);
        add(accounts, "offer.officer", "Local Offer Officer", "LOCAL_OFFER_OFFICER", password);
        loading.addEditor(organisations.get(5), "offer.editor");
        loading.addEditor(organisations.get(3), "offer.editor2");
    }

    private static void add(UserAccounts accounts, String username, String name, String role, String password) {
        if (!accounts.exists(username)) {
            accounts.create(new NewUser(username, name, username + "@example.org", null, null, Set.of(role), password));
        }
    }

    private static void savePathways(Pathways pathways) {
        LocalDate on = LocalDate.of(2026, 9, 1);
        pathways.save(new Pathway(id("pathway:school"), "help-at-school", "Getting help at nursery, school or college",
                "What to do if you think your child has special educational needs: from a first conversation to SEN support.",
                "the Somerset Parent Carer Forum and young people from the SEND Youth Forum", on, List.of(
                        new Pathway.Step(1, "Talk to the setting",
                                "Speak to your child's key person, class teacher or tutor about what you have noticed. Ask to meet the SENCo (special educational needs coordinator).", null),
                        new Pathway.Step(2, "Agree SEN support",
                                "The setting assesses your child's needs, plans support with you, does it, and reviews it at least three times a year (assess, plan, do, review).", null),
                        new Pathway.Step(3, "Get advice from specialists",
                                "If progress is slow, the setting can ask for advice from specialist teachers, educational psychologists or therapists.", id("need:slcn")),
                        new Pathway.Step(4, "Get independent advice",
                                "SENDIAS gives free, impartial advice at any point, including about asking for an EHC needs assessment.", null))));
        pathways.save(new Pathway(id("pathway:ehc"), "ehc-needs-assessment", "Asking for an EHC needs assessment",
                "How an education, health and care needs assessment works and how long each step takes.",
                "the Somerset Parent Carer Forum", on, List.of(
                        new Pathway.Step(1, "Make the request",
                                "A parent, a young person aged 16 to 25, or the school can ask the council for an assessment in writing.", null),
                        new Pathway.Step(2, "The council decides whether to assess",
                                "The council must tell you within 6 weeks whether it will carry out an assessment.", null),
                        new Pathway.Step(3, "Advice is gathered",
                                "Education, health and social care professionals give advice about your child's needs, usually within 6 weeks of being asked.", null),
                        new Pathway.Step(4, "A draft plan, then the final plan",
                                "If a plan is needed you see a draft and can say which school you want. The final plan is issued within 20 weeks of the request.", null))));
        pathways.save(new Pathway(id("pathway:adulthood"), "preparing-for-adulthood", "Preparing for adulthood (14 to 25)",
                "Planning for work, independent living, friendships and good health from Year 9 onwards.",
                "young people from the SEND Youth Forum and their families", on, List.of(
                        new Pathway.Step(1, "Year 9 annual review",
                                "From Year 9, every review of an EHC plan looks at what the young person wants for their adult life.", null),
                        new Pathway.Step(2, "Choose what comes after school",
                                "College, a supported internship, an apprenticeship or work: visit options and ask for taster days.", id("type:adulthood")),
                        new Pathway.Step(3, "Move to adult services",
                                "The transitions team plans the move from children's to adult health and social care.", null))));
    }

    private static final String[] PLACES = {"Community Centre", "Leisure Centre", "Family Hub", "Health Centre",
        "Library", "Youth Centre", "Children's Centre", "Sports Hall"};
    private static final String[] STREETS = {"High Street", "Station Road", "Church Lane", "Mill Street", "Park Road",
        "Victoria Street", "Priory Road", "West Street", "East Reach", "Market Place"};
    private static final String[] ACCESS = {"Step-free access, accessible toilet and parking for blue badge holders",
        "Changing Places toilet, hoist and step-free access throughout", "Quiet room available; hearing loop at reception",
        "Ground floor only; accessible parking nearby"};
    private static final String[] TOWN_LINES = {"Sessions run in {town} and nearby villages.",
        "We welcome brothers and sisters where there is space.", "Staff have training in autism and in communication aids.",
        "Families from across {town} and the surrounding area use this service."};

    private static double round(double v) {
        return Math.round(v * 100_000d) / 100_000d;
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
