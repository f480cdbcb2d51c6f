package uk.nhs.intentions.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a valid synthetic site of any size in the documented content format, for benchmarks and scale tests.
 * Shaped like the bundled plan: several plans (commissioners × years, one per 1,000 intentions), nine
 * service-area sections each, hundreds of providers in nested groups (kind and locality groups inside
 * "all providers"; "all acute providers" also inside "all inpatient providers"), PBC groups, the disease priorities,
 * narrative pages with tables and lists, and meetings with decisions, positions and actions.
 * The same seed always gives a byte-identical tree. Budget tables are not written (their format is not
 * documented on this branch).
 */
public final class SyntheticSite {
    /** Intentions per plan; a site of N intentions has ceil(N / 1000) plans. */
    public static final int INTENTIONS_PER_PLAN = 1000;

    static final String[][] SECTIONS = {
        {"quality-and-efficiency", "Quality and efficiency"},
        {"elective-acute-care", "Elective acute care"},
        {"urgent-care", "Urgent / non-elective care"},
        {"disease-specific-priorities", "Disease specific priorities"},
        {"primary-and-community-care", "Primary and community care"},
        {"maternity-and-childrens-services", "Maternity and children's services"},
        {"mental-health", "Mental health"},
        {"learning-and-physical-disabilities", "Learning and physical disabilities"},
        {"public-health-targets", "Public health targets"},
    };
    private static final int[] SECTION_WEIGHTS = {12, 14, 13, 15, 12, 9, 10, 6, 9};

    static final String[][] PRIORITIES = {
        {"cancer", "Cancer"}, {"heart-disease", "Heart disease"}, {"diabetes", "Diabetes"}, {"copd", "COPD"},
        {"stroke-neurological", "Stroke and neurological conditions"}, {"falls", "Falls"},
        {"end-of-life", "End of life care"},
    };

    private static final String[] PLACES = {"Watford", "Dacorum", "St Albans", "Hertsmere", "Three Rivers",
        "Stevenage", "Hitchin", "Welwyn", "Hatfield", "Harpenden", "Royston", "Ware", "Hertford", "Bishops Stortford",
        "Letchworth", "Baldock", "Tring", "Berkhamsted", "Borehamwood", "Bushey", "Potters Bar", "Cheshunt",
        "Hoddesdon", "Sawbridgeworth", "Kings Langley", "Radlett", "Redbourn", "Wheathampstead", "Chorleywood",
        "Rickmansworth", "Abbots Langley", "Knebworth", "Buntingford", "Markyate", "Codicote"};
    private static final String[] COMMISSIONERS = {"West Hertfordshire", "East and North Hertfordshire", "Bedfordshire",
        "Luton", "Barnet", "Enfield", "Harrow", "Milton Keynes", "Buckinghamshire", "Cambridgeshire"};
    private static final String[][] KINDS = {
        {"acute", "Hospitals NHS Trust", "all-acute-providers"},
        {"community", "Community Health Services", "community-providers"},
        {"mental-health", "Partnership NHS Foundation Trust", "mental-health-providers"},
        {"primary-care", "Medical Practice", "primary-care-providers"},
        {"dental", "Dental Practice", "primary-care-providers"},
        {"pharmacy", "Pharmacy", "primary-care-providers"},
        {"voluntary", "Hospice", "voluntary-sector"},
        {"independent", "Treatment Centre", "independent-sector"},
        {"ambulance", "Ambulance Service NHS Trust", "emergency-care-providers"},
        {"local-authority", "County Council", "all-providers"},
    };
    /** Provider groups: id, name, wider groups. Nesting: all-acute-providers ⊂ all-inpatient-providers ⊂ all-providers. */
    private static final String[][] GROUPS = {
        {"all-providers", "All providers", ""},
        {"all-inpatient-providers", "All inpatient providers", "all-providers"},
        {"all-acute-providers", "All acute providers", "all-providers all-inpatient-providers"},
        {"community-providers", "Community providers", "all-providers"},
        {"community-hospitals", "Community hospitals", "community-providers all-inpatient-providers"},
        {"mental-health-providers", "Mental health providers", "all-providers"},
        {"primary-care-providers", "Primary care providers", "all-providers"},
        {"voluntary-sector", "Voluntary sector and hospices", "all-providers"},
        {"independent-sector", "Independent sector", "all-providers"},
        {"emergency-care-providers", "Local emergency care providers", "all-providers"},
    };
    private static final String[] WORDS = ("access assessment pathway referral discharge screening prevention "
            + "rehabilitation review tender capacity waiting times diagnostics outpatients follow-up "
            + "prescribing continence wheelchair therapy nursing triage admissions audit standards "
            + "self-care education workforce commissioning partnership integration redesign").split(" ");
    private static final String[] STATUSES = {"draft", "draft", "draft", "consultation", "agreed", "deferred"};

    private final SplittableRandom random;
    private final int intentions;
    private final int plans;
    private final List<String[]> providers = new ArrayList<>(); // id, name, kind, memberOf
    /** Each commissioner's own providers: "all acute providers" in its plans means its acute providers. */
    private final List<List<String[]>> providersOf = new ArrayList<>();
    private final List<String[]> pbcGroups = new ArrayList<>(); // id, name, commissioner index

    private final int commissioners;
    private final int providerCount;
    private final boolean national;

    /**
     * A national shape: {@code commissioners} commissioners with a plan for each of {@code years} years and
     * {@code providers} providers in all, instead of a plan per 1,000 intentions.
     */
    public record Shape(int commissioners, int years, int providers) {
        /** At most as many commissioners as there are distinct synthetic names. */
        public static final int MAX_COMMISSIONERS = 43;

        public Shape {
            if (commissioners < 1 || commissioners > MAX_COMMISSIONERS || years < 1 || years > 50
                    || providers < 1) {
                throw new IllegalArgumentException("commissioners 1-" + MAX_COMMISSIONERS
                        + ", years 1-50 and at least one provider");
            }
        }
    }

    private SyntheticSite(int intentions, long seed, Optional<Shape> shape) {
        this.intentions = intentions;
        this.random = new SplittableRandom(seed);
        this.plans = shape.map(s -> s.commissioners() * s.years())
                .orElse(Math.max(1, (intentions + INTENTIONS_PER_PLAN - 1) / INTENTIONS_PER_PLAN));
        this.commissioners = shape.map(Shape::commissioners).orElse(Math.min(COMMISSIONERS.length, plans));
        this.national = shape.isPresent();
        this.providerCount = shape.map(Shape::providers).orElse(Math.min(600, 100 + intentions / 100));
    }

    private int commissioners() {
        return commissioners;
    }

    /** The commissioner's area: the ten Home Counties names, then the places, so all names are distinct. */
    private static String area(int commissioner) {
        return commissioner < COMMISSIONERS.length ? COMMISSIONERS[commissioner]
                : PLACES[commissioner - COMMISSIONERS.length];
    }

    /** A commissioner's provider group: its own "all providers", "all acute providers", … */
    private static String scoped(int commissioner, String groupId) {
        return slug(area(commissioner)) + "-" + groupId;
    }

    /** The places a commissioner covers (three of them, wrapping round the list). */
    private static String place(int commissioner, int k) {
        return PLACES[(commissioner * 3 + k) % PLACES.length];
    }

    /** Writes a site of {@code intentions} intentions into {@code dir}, which must be empty or missing. */
    public static Summary generate(Path dir, int intentions, long seed) throws IOException {
        return generate(dir, intentions, seed, Optional.empty());
    }

    /** As above, in a national {@code shape} when one is given. */
    public static Summary generate(Path dir, int intentions, long seed, Optional<Shape> shape) throws IOException {
        if (intentions < 1) {
            throw new IllegalArgumentException("at least one intention is needed");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new IOException("folder is not empty: " + dir);
                }
            }
        }
        if (shape.isPresent() && intentions < shape.get().commissioners() * shape.get().years()) {
            throw new IllegalArgumentException("at least one intention per plan is needed");
        }
        return new SyntheticSite(intentions, seed, shape).write(dir);
    }

    /** What was written. */
    public record Summary(int plans, int intentions, int providers, int groups, int files) {
    }

    private int files;

    private Summary write(Path dir) throws IOException {
        Path content = dir.resolve("content");
        put(dir.resolve("site-config.yml"), "# A synthetic site written by `intentions synth`.\n"
                + "title: Synthetic commissioning intentions\n"
                + "base_url: https://example.nhs.uk/synthetic/\n"
                + "language: en-GB\ntheme: default\ncontent: content\nthemes: themes\noutput: site\n"
                + "build_date: 2008-01-24\n"
                // PDFs of a thousand intentions per plan, and a pack for each of hundreds of providers, take
                // minutes (docs/performance.md): bench/run.sh switches them on for its document runs
                + "documents:\n  board_pack: false\n  provider_packs: none\n");
        writeProviders(content);
        writePriorities(content);
        writeGroups(content);
        if (national) {
            writeCommissioners(content);
        }
        int base = intentions / plans;
        int extra = intentions % plans;
        for (int p = 0; p < plans; p++) {
            writePlan(content.resolve("plans"), p, base + (p < extra ? 1 : 0));
        }
        return new Summary(plans, intentions, providers.size(), pbcGroups.size(), files);
    }

    // ------------------------------------------------------------------ registers

    private void writeProviders(Path content) throws IOException {
        int count = providerCount;
        int perCommissioner = Math.max(20, count / commissioners());
        StringBuilder y = new StringBuilder("# Synthetic provider register.\nproviders:\n");
        for (int c = 0; c < commissioners(); c++) {
            String area = area(c);
            for (String[] g : GROUPS) {
                y.append("  - id: ").append(scoped(c, g[0])).append("\n    name: ").append(g[1]).append(" (")
                        .append(area).append(")\n    kind: group\n").append(owner(c));
                if (!g[2].isEmpty()) {
                    List<String> wider = new ArrayList<>();
                    for (String w : g[2].split(" ")) {
                        wider.add(scoped(c, w));
                    }
                    y.append("    member_of: [").append(String.join(", ", wider)).append("]\n");
                }
                y.append("    summary: The providers printed in ").append(area).append("'s plans as \"")
                        .append(g[1]).append("\".\n\n");
            }
            // Locality groups: "Watford locality providers" ⊂ the commissioner's "all providers".
            for (int k = 0; k < 3; k++) {
                String place = place(c, k);
                y.append("  - id: ").append(scoped(c, localityGroup(place))).append("\n    name: ").append(place)
                        .append(" locality providers (").append(area).append(")\n    kind: group\n").append(owner(c))
                        .append("    member_of: [")
                        .append(scoped(c, "all-providers")).append("]\n")
                        .append("    summary: Providers based in ").append(place).append(".\n\n");
            }
            List<String[]> own = new ArrayList<>();
            int mine = national ? count / commissioners() + (c < count % commissioners() ? 1 : 0) : perCommissioner;
            for (int i = 0; i < mine; i++) {
                String[] kind = KINDS[i < 20 ? i % 3 : random.nextInt(KINDS.length)];
                String place = place(c, random.nextInt(3));
                String name = place + " " + kind[1] + " " + (providers.size() + 1);
                String id = slug(name);
                List<String> member = new ArrayList<>();
                member.add(scoped(c, kind[2]));
                member.add(scoped(c, localityGroup(place)));
                if (kind[0].equals("community") && random.nextInt(3) == 0) {
                    member.add(scoped(c, "community-hospitals"));
                }
                String[] provider = {id, name, kind[0], String.join(", ", member)};
                providers.add(provider);
                own.add(provider);
                y.append("  - id: ").append(id).append("\n    name: ").append(name).append("\n    kind: ")
                        .append(kind[0]).append("\n    member_of: [").append(String.join(", ", member))
                        .append("]\n    summary: Provides ").append(phrase(4)).append(" services in ").append(place)
                        .append(".\n\n");
            }
            providersOf.add(own);
        }
        put(content.resolve("providers.yml"), y.toString());
    }

    /** Whose providers a group means: said only where commissioners are entities (the national shape). */
    private String owner(int c) {
        return national ? "    commissioner: " + slug(area(c)) + "-pct\n" : "";
    }

    /** The national shape names its commissioners as entities (content/commissioners.yml), plans by id. */
    private void writeCommissioners(Path content) throws IOException {
        StringBuilder y = new StringBuilder("# Synthetic commissioners.\ncommissioners:\n");
        for (int c = 0; c < commissioners(); c++) {
            y.append("  - id: ").append(slug(area(c))).append("-pct\n    name: ").append(area(c))
                    .append(" PCT\n    kind: pct\n    area: ").append(area(c)).append("\n    summary: A synthetic"
                    + " primary care trust.\n");
        }
        put(content.resolve("commissioners.yml"), y.toString());
    }

    private void writePriorities(Path content) throws IOException {
        StringBuilder y = new StringBuilder("priorities:\n");
        for (String[] p : PRIORITIES) {
            y.append("  - id: ").append(p[0]).append("\n    name: ").append(p[1]).append("\n    summary: |\n")
                    .append("      Improving ").append(p[1].toLowerCase(Locale.ROOT)).append(" care: ")
                    .append(phrase(8)).append(".\n\n");
        }
        put(content.resolve("priorities.yml"), y.toString());
    }

    private void writeGroups(Path content) throws IOException {
        int perCommissioner = 5;
        int commissioners = commissioners();
        StringBuilder y = new StringBuilder("groups:\n");
        for (int c = 0; c < commissioners; c++) {
            for (int g = 0; g < perCommissioner; g++) {
                String place = PLACES[(c * perCommissioner + g) % PLACES.length];
                String name = place + " PBC " + (c * perCommissioner + g + 1);
                String id = slug(name);
                pbcGroups.add(new String[] {id, name, Integer.toString(c)});
                y.append("  - id: ").append(id).append("\n    name: ").append(name)
                        .append("\n    full_name: ").append(place).append(" practice-based commissioning group\n")
                        .append("    kind: ").append(g == perCommissioner - 1 ? "single-practice" : "consortium")
                        .append("\n    locality: ").append(place)
                        .append("\n    aliases: [").append(name.toUpperCase(Locale.ROOT)).append("]\n")
                        .append("    cats_specialties: [Musculoskeletal, Ophthalmology]\n")
                        .append("    priorities: |\n")
                        .append("      - Review ").append(phrase(5)).append(".\n")
                        .append("      - Develop ").append(phrase(6)).append(".\n\n");
            }
        }
        put(content.resolve("commissioning-groups.yml"), y.toString());
    }

    // ------------------------------------------------------------------ plans

    private void writePlan(Path plansDir, int p, int count) throws IOException {
        int commissioner = p % commissioners();
        int year = 2008 + p / commissioners();
        String period = year + "/" + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
        String id = slug(area(commissioner)) + "-" + year + "-" + String.format(Locale.ROOT, "%02d",
                (year + 1) % 100);
        Path dir = plansDir.resolve(id);
        List<String[]> localGroups = pbcGroups.stream().filter(g -> g[2].equals(Integer.toString(commissioner)))
                .toList();
        put(dir.resolve("plan.yml"), "id: " + id + "\n"
                + "title: Commissioning Intentions " + period + " (synthetic)\n"
                + "commissioners:\n  - " + (national ? slug(area(commissioner)) + "-pct" : area(commissioner) + " PCT")
                + "\n"
                + "period: " + period + "\n"
                + "status: " + (year < 2010 ? "approved" : "consultation") + "\n"
                + "published: " + year + "-01-24\n"
                + "introduction: |\n  " + area(commissioner) + " PCT intends to commission care that is "
                + phrase(10) + ".\n\n  This summary sets out the priorities for " + period + ": "
                + phrase(12) + ".\n");

        String[] narrativeIds = {"acute-care", "primary-care", "practice-based-commissioning", "financial-plan",
            "public-health-targets", "joint-commissioning", "womens-and-childrens-services",
            "provider-and-community-services"};
        List<List<String>> sectionIntentions = new ArrayList<>();
        int total = 0;
        for (int w : SECTION_WEIGHTS) {
            total += w;
        }
        int assigned = 0;
        for (int s = 0; s < SECTIONS.length; s++) {
            int n = s == SECTIONS.length - 1 ? count - assigned : count * SECTION_WEIGHTS[s] / total;
            assigned += n;
            sectionIntentions.add(writeSection(dir, s, n, narrativeIds, localGroups, commissioner));
        }
        List<String> all = sectionIntentions.stream().flatMap(List::stream).toList();
        for (int n = 0; n < narrativeIds.length; n++) {
            writeNarrative(dir, n + 1, narrativeIds[n], all, localGroups);
        }
        int meetings = Math.max(1, count / 400);
        for (int m = 0; m < meetings; m++) {
            writeMeeting(dir, year, m, all, localGroups);
        }
    }

    private List<String> writeSection(Path planDir, int s, int n, String[] narrativeIds, List<String[]> localGroups,
            int commissioner)
            throws IOException {
        int number = s + 1;
        StringBuilder y = new StringBuilder();
        y.append("id: ").append(SECTIONS[s][0]).append("\nnumber: ").append(number).append("\ntitle: ")
                .append(SECTIONS[s][1]).append("\nsummary: |\n  ").append(capital(phrase(14))).append(".\n")
                .append("narrative: [").append(narrativeIds[s % narrativeIds.length]).append(", ")
                .append(narrativeIds[(s + 3) % narrativeIds.length]).append("]\n")
                .append(n == 0 ? "intentions: []\n" : "intentions:\n");
        List<String> ids = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            String area = capital(phrase(1 + random.nextInt(3)));
            String id = number + "-" + k + "-" + slug(area);
            ids.add(id);
            y.append("  - id: ").append(id).append("\n    number: \"").append(number).append('.').append(k)
                    .append("\"\n    area: ").append(area)
                    .append("\n    status: ").append(STATUSES[random.nextInt(STATUSES.length)]).append('\n');
            if (s == 3 || random.nextInt(4) == 0) {
                y.append("    priorities: [").append(PRIORITIES[random.nextInt(PRIORITIES.length)][0]).append("]\n");
            }
            if (!localGroups.isEmpty() && random.nextInt(3) == 0) {
                y.append("    groups: [").append(localGroups.get(random.nextInt(localGroups.size()))[0]).append("]\n");
            }
            part(y, "    ", commissioner);
            if (random.nextInt(10) == 0) {
                y.append("    continued:\n");
                StringBuilder c = new StringBuilder();
                part(c, "        ", commissioner);
                y.append("      - ").append(c.substring(8));
            }
            if (random.nextInt(200) == 0) {
                y.append("    gaps:\n      - \"No expected outcome given in the draft\"\n");
            }
            y.append('\n');
        }
        put(planDir.resolve("sections").resolve(number + "-" + SECTIONS[s][0] + ".yml"), y.toString());
        return ids;
    }

    /** actions, outcomes and providers of one row of the intentions table. */
    private void part(StringBuilder y, String indent, int commissioner) {
        String in = indent + "  ";
        y.append(indent).append("actions: |\n").append(in).append(capital(phrase(10 + random.nextInt(15))))
                .append(".\n");
        if (random.nextInt(3) == 0) {
            y.append('\n');
            int items = 2 + random.nextInt(4);
            for (int i = 0; i < items; i++) {
                y.append(in).append("- ").append(capital(phrase(4 + random.nextInt(8)))).append('\n');
            }
        }
        y.append(indent).append("outcomes: |\n");
        int outcomes = 1 + random.nextInt(3);
        for (int i = 0; i < outcomes; i++) {
            y.append(in).append(outcomes > 1 ? "- " : "").append("Reduction in ").append(phrase(3)).append('\n');
        }
        Set<String> ids = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        int r = random.nextInt(10);
        List<String[]> own = providersOf.get(commissioner);
        if (r < 3) {
            String[] g = GROUPS[random.nextInt(GROUPS.length)];
            ids.add(scoped(commissioner, g[0]));
            names.add(g[1]);
        } else if (r == 3) {
            String place = place(commissioner, random.nextInt(3));
            ids.add(scoped(commissioner, localityGroup(place)));
            names.add(place + " locality providers");
        }
        int named = r <= 3 ? random.nextInt(2) : 1 + random.nextInt(3);
        for (int i = 0; i < named; i++) {
            String[] p = own.get(random.nextInt(own.size()));
            if (ids.add(p[0])) {
                names.add(p[1]);
            }
        }
        y.append(indent).append("providers: [").append(String.join(", ", ids)).append("]\n")
                .append(indent).append("providers_as_printed: ").append(String.join(", ", names)).append('\n');
    }

    private void writeNarrative(Path planDir, int number, String id, List<String> intentionIds,
            List<String[]> localGroups) throws IOException {
        StringBuilder md = new StringBuilder("---\n");
        md.append("id: ").append(id).append("\ntitle: ").append(capital(id.replace('-', ' ')))
                .append("\nnumber: ").append(number).append("\npriorities: [")
                .append(PRIORITIES[number % PRIORITIES.length][0]).append("]\n");
        if (!localGroups.isEmpty()) {
            md.append("groups: [").append(localGroups.get(number % localGroups.size())[0]).append("]\n");
        }
        md.append("intentions:\n");
        for (String ref : sample(intentionIds, 10)) {
            md.append("  - ").append(ref).append('\n');
        }
        md.append("---\n").append(capital(phrase(20))).append(".\n\n## What will drive change\n\n");
        for (int i = 0; i < 4; i++) {
            md.append("- ").append(phrase(6 + random.nextInt(6))).append(";\n");
        }
        md.append("\n## Activity\n\n| Service | 2007/08 | Planned | Change |\n|---|--:|--:|--:|\n");
        for (int i = 0; i < 6; i++) {
            int before = 1000 + random.nextInt(9000);
            int after = before + random.nextInt(1000) - 500;
            md.append("| ").append(capital(phrase(2))).append(" | ").append(String.format(Locale.UK, "%,d", before))
                    .append(" | ").append(String.format(Locale.UK, "%,d", after)).append(" | ")
                    .append(String.format(Locale.UK, "%,d", after - before)).append(" |\n");
        }
        for (int para = 0; para < 3; para++) {
            md.append('\n').append(capital(phrase(25 + random.nextInt(20)))).append(". ")
                    .append(capital(phrase(15))).append(".\n");
        }
        put(planDir.resolve("narrative").resolve(id + ".md"), md.toString());
    }

    private void writeMeeting(Path planDir, int year, int m, List<String> intentionIds, List<String[]> localGroups)
            throws IOException {
        String id = "commissioning-leads-" + (m + 1);
        StringBuilder y = new StringBuilder();
        y.append("id: ").append(id).append("\ntitle: Commissioning leads' meeting ").append(m + 1)
                .append("\ndate: ").append(year).append('-').append(String.format(Locale.ROOT, "%02d", 1 + m % 12))
                .append("-17\nattendees: [Janet Lewis, Mike Walton, Ken Spooner]\ntopics:\n");
        int topics = 4;
        for (int t = 0; t < topics; t++) {
            y.append("  - id: topic-").append(t + 1).append("\n    title: ").append(capital(phrase(3)))
                    .append("\n    notes: |\n      ").append(capital(phrase(20))).append(".\n\n");
            for (int i = 0; i < 3; i++) {
                y.append("      - ").append(capital(phrase(8))).append('\n');
            }
            y.append("    priorities: [").append(PRIORITIES[random.nextInt(PRIORITIES.length)][0]).append("]\n")
                    .append("    intentions: [").append(String.join(", ", sample(intentionIds, 2))).append("]\n");
            if (!localGroups.isEmpty()) {
                y.append("    groups: [").append(localGroups.get(random.nextInt(localGroups.size()))[0]).append("]\n");
            }
        }
        String[] decisionStatuses = {"agreed", "agreed-in-principle", "not-agreed", "noted"};
        y.append("decisions:\n");
        for (int d = 0; d < 3; d++) {
            y.append("  - id: decision-").append(d + 1).append("\n    topic: topic-").append(d + 1)
                    .append("\n    text: ").append(capital(phrase(8))).append("\n    status: ")
                    .append(decisionStatuses[random.nextInt(decisionStatuses.length)])
                    .append("\n    intentions: [").append(String.join(", ", sample(intentionIds, 1))).append("]\n");
        }
        if (!localGroups.isEmpty()) {
            String[] positions = {"agrees", "agrees-total-not-split", "does-not-agree", "no-view"};
            y.append("positions:\n");
            for (String[] g : localGroups) {
                y.append("  - group: ").append(g[0]).append("\n    on: PBC budget total and split\n    position: ")
                        .append(positions[random.nextInt(positions.length)]).append("\n    notes: ")
                        .append(capital(phrase(6))).append('\n');
            }
        }
        y.append("actions:\n");
        for (int a = 0; a < 3; a++) {
            y.append("  - id: action-").append(a + 1).append("\n    text: ").append(capital(phrase(7)))
                    .append("\n    owner: Locality groups\n    due: ").append(year).append("-04-1").append(a)
                    .append("\n    topic: topic-").append(a + 1).append("\n    intentions: [")
                    .append(String.join(", ", sample(intentionIds, 1))).append("]\n");
        }
        put(planDir.resolve("meetings").resolve(id + ".yml"), y.toString());
    }

    // ------------------------------------------------------------------ helpers

    private List<String> sample(List<String> from, int n) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < n && !from.isEmpty(); i++) {
            out.add(from.get(random.nextInt(from.size())));
        }
        return out.stream().sorted().toList();
    }

    private String phrase(int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String localityGroup(String place) {
        return slug(place) + "-locality-providers";
    }

    static String slug(String s) {
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }

    private void put(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        files++;
    }
}
