package uk.nhs.intentions.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.Commissioner;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionLink;
import uk.nhs.intentions.model.IntentionPart;
import uk.nhs.intentions.model.IntentionStatus;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.Meeting;
import uk.nhs.intentions.model.NarrativePage;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.PartialDate;
import uk.nhs.intentions.model.PlanDocument;
import uk.nhs.intentions.model.Positions;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.model.SourcePos;
import uk.nhs.intentions.support.FastHash;

/** Reads one plan folder: plan.yml, sections, narrative, budgets and meetings. */
final class PlanLoader {
    static final List<String> PLAN_STATUSES = List.of("draft", "consultation", "approved", "superseded");

    private final SiteConfig config;
    private final Diagnostics diags;
    private final Optional<ParseCache> cache;

    private final Optional<List<Commissioner>> register;

    /** {@code register}: the commissioners.yml entries, or empty when the site has none (names as text). */
    PlanLoader(SiteConfig config, Diagnostics diags, Optional<List<Commissioner>> register,
            Optional<ParseCache> cache) {
        this.config = config;
        this.diags = diags;
        this.register = register;
        this.cache = cache;
    }

    Optional<Plan> load(Path dir) {
        Path planFile = dir.resolve("plan.yml");
        String folder = dir.getFileName().toString();
        if (!Files.exists(planFile)) { // a folder or pipe of that name is reported by the reader, at its path
            diags.error(SourcePos.file(config.display(dir)), "plan folder has no plan.yml");
            return Optional.empty();
        }
        String shown = config.display(planFile);
        Optional<YMap> read = ContentFiles.readYaml(planFile, shown, diags)
                .flatMap(n -> YMap.of(n, shown, diags, "plan.yml"));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YMap m = read.get().allow("id", "title", "commissioners", "period", "status", "published", "updated",
                "introduction", "kind", "author", "signatory", "audience", "columns");
        String id = m.id("id");
        if (!id.isEmpty() && !id.equals(folder)) {
            diags.error(m.pos("id"), "plan id `" + id + "` must match its folder name `" + Ids.printable(folder)
                    + "`");
        }
        // With commissioners.yml the entries are ids (checked in the check stage); without, the names as printed.
        List<Ref> commissionerRefs = register.isPresent() ? commissionerRefs(m, register.get()) : List.of();
        List<String> commissioners = register.isPresent() ? commissionerRefs.stream().map(r -> register.get()
                .stream().filter(c -> c.id().equals(r.id())).map(Commissioner::name).findFirst().orElse(r.id()))
                .toList() : m.textList("commissioners");
        if (register.isEmpty() && commissioners.isEmpty()) {
            diags.error(m.pos("commissioners"), "a plan needs at least one entry in `commissioners`");
        }
        // no status means the plan states none: never assume "draft"
        String status = m.optChoice("status", PLAN_STATUSES).orElse("");
        Optional<PartialDate> published = published(m);
        Optional<PartialDate> updated = m.optPartialDate("updated");
        if (published.isPresent() && updated.isPresent() && updated.get().last().isBefore(published.get().first())) {
            diags.error(m.pos("updated"), "`updated` (" + updated.get() + ") is before `published` ("
                    + published.get() + "): give the date of the latest version, on or after publication");
        }

        // Section files are independent and the largest part of a plan: parse them in parallel, then sort.
        List<Section> sections = new ArrayList<>(ContentFiles.list(dir.resolve("sections"), ".yml",
                config.contentDir(), config, diags).parallelStream().map(this::section).flatMap(Optional::stream)
                .toList());
        sections.sort(Comparator.comparingInt(Section::number).thenComparing(Section::id));

        List<NarrativePage> narrative = new ArrayList<>();
        for (Path f : ContentFiles.list(dir.resolve("narrative"), ".md", config.contentDir(), config, diags)) {
            narrative(f).ifPresent(narrative::add);
        }
        narrative.sort(Comparator.comparing((NarrativePage p) -> p.number() == null ? Integer.MAX_VALUE
                : p.number()).thenComparing(NarrativePage::title));

        List<BudgetTable> budgets = new ArrayList<>();
        BudgetLoader budgetLoader = new BudgetLoader(diags);
        for (Path f : ContentFiles.list(dir.resolve("budgets"), ".yml", config.contentDir(), config, diags)) {
            String s = config.display(f);
            ContentFiles.readYaml(f, s, diags).flatMap(n -> YMap.of(n, s, diags, "a budget table"))
                    .map(budgetLoader::load).ifPresent(budgets::add);
        }

        List<Meeting> meetings = new ArrayList<>();
        MeetingLoader meetingLoader = new MeetingLoader();
        for (Path f : ContentFiles.list(dir.resolve("meetings"), ".yml", config.contentDir(), config, diags)) {
            String s = config.display(f);
            (cache.isEmpty() ? meeting(s, ContentFiles.readText(f, s, diags), meetingLoader)
                    : parsedOnce(f, (loader, at, text) -> loader.meeting(at, text, new MeetingLoader()),
                            cache.get()::meeting, cache.get()::put)).ifPresent(meetings::add);
        }
        meetings.sort(Comparator.comparing((Meeting x) -> x.date() == null ? LocalDate.MAX : x.date().first())
                .thenComparing(Meeting::id));

        RoundLoader rounds = new RoundLoader(config, diags);
        PlanDocument document = document(m, sections);
        return Optional.of(new Plan(id, m.text("title"), commissioners, m.text("period"), status, published, updated,
                m.markdown("introduction", false), sections, narrative, budgets, meetings, rounds.rounds(dir),
                rounds.responses(dir), m.positions(), commissionerRefs, document));
    }

    /**
     * Required, because every page of the plan states it: a date, or the words {@code not stated} when the
     * source document gives none (the pages then say so instead of inventing one).
     */
    private Optional<PartialDate> published(YMap m) {
        if (!m.has("published")) {
            diags.error(m.pos(), "missing required field `published`: the date the plan was published, written"
                    + " YYYY-MM-DD (or YYYY-MM, YYYY when the source gives only that), or `not stated` if the source"
                    + " document gives no date");
            return Optional.empty();
        }
        if (m.optText("published").map(String::strip).filter(NOT_STATED::equals).isPresent()) {
            return Optional.empty();
        }
        return m.optPartialDate("published");
    }

    /**
     * The document's kind, author, signatory, audience and columns. Without {@code columns}, a document whose
     * intentions state no outcomes at all has no outcomes column (a letter is not a table of gaps).
     */
    private PlanDocument document(YMap m, List<Section> sections) {
        String kind = m.optChoice("kind", PlanDocument.KINDS).orElse("plan");
        List<String> columns;
        if (m.has("columns")) {
            columns = new ArrayList<>();
            for (String c : m.textList("columns")) {
                if (!PlanDocument.COLUMNS.contains(c)) {
                    diags.error(m.pos("columns"), "`columns` may list " + String.join(", ", PlanDocument.COLUMNS)
                            + "; found `" + Ids.printable(c) + "`");
                } else if (!columns.contains(c)) {
                    columns.add(c);
                }
            }
        } else {
            boolean outcomes = sections.stream().flatMap(s -> s.intentions().stream())
                    .flatMap(i -> i.parts().stream()).anyMatch(p -> !p.outcomes().isBlank());
            boolean none = sections.stream().allMatch(s -> s.intentions().isEmpty());
            columns = outcomes || none ? PlanDocument.COLUMNS : List.of("actions", "providers");
        }
        return new PlanDocument(kind, m.text("author", ""), m.text("signatory", ""), m.text("audience", ""),
                columns);
    }

    static final String NOT_STATED = "not stated";

    /** The ids in {@code commissioners}; a commissioner's name written instead of its id gets the id to write. */
    private List<Ref> commissionerRefs(YMap m, List<Commissioner> known) {
        List<Ref> out = new ArrayList<>();
        var items = m.items("commissioners");
        if (items.isEmpty()) {
            diags.error(m.pos("commissioners"), "a plan needs at least one entry in `commissioners`");
        }
        for (var n : items) {
            SourcePos p = YNodes.pos(n, m.path());
            String v = n instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s ? s.getValue().strip() : "";
            if (Ids.isValid(v)) {
                out.add(new Ref(v, p));
                continue;
            }
            Optional<Commissioner> byName = known.stream().filter(c -> c.name().equalsIgnoreCase(v)).findFirst();
            diags.add(uk.nhs.intentions.diagnostic.Diagnostic.error(p, "`commissioners` takes commissioner ids"
                    + " from commissioners.yml, found `" + Ids.printable(v) + "`").withHint(byName
                    .map(c -> "write its id `" + c.id() + "`")
                    .orElse("add the commissioner to content/commissioners.yml and write its id here")));
        }
        return out;
    }

    private Optional<Section> section(Path file) {
        return cache.isEmpty() ? section(config.display(file), ContentFiles.readText(file, config.display(file), diags))
                : parsedOnce(file, PlanLoader::section, cache.get()::section, cache.get()::put);
    }

    /** A parse of one file's text by a loader reporting to its own diagnostics. */
    private interface Parse<T> {
        Optional<T> parse(PlanLoader loader, String shown, Optional<String> text);
    }

    /** Where a clean parse is kept, under the file's name and the hash of its bytes. */
    private interface Keep<T> {
        void keep(String shown, FastHash bytes, T parsed);
    }

    /**
     * The file's parse: the cache's, when it holds one of these very bytes, else parsed now from the bytes hashed,
     * with its own diagnostics, and kept only when it parsed without a single message (so a cached parse never
     * hides one: a file with a problem is parsed, and reported, every time).
     */
    private <T> Optional<T> parsedOnce(Path file, Parse<T> parse,
            java.util.function.BiFunction<String, FastHash, Optional<T>> kept, Keep<T> keep) {
        String shown = config.display(file);
        Optional<byte[]> bytes = ContentFiles.readBytes(file, shown, diags);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        FastHash key = FastHash.of(bytes.get());
        Optional<T> known = kept.apply(shown, key);
        if (known.isPresent()) {
            return known;
        }
        Diagnostics own = new Diagnostics();
        Optional<T> parsed = parse.parse(new PlanLoader(config, own, register, Optional.empty()), shown,
                YamlFile.decode(bytes.get(), shown, own));
        diags.addAll(own.sorted());
        own.unreadableFiles().forEach(diags::markUnreadable);
        if (parsed.isPresent() && own.sorted().isEmpty() && own.unreadableFiles().isEmpty()) {
            keep.keep(shown, key, parsed.get());
        }
        return parsed;
    }

    private Optional<Section> section(String shown, Optional<String> text) {
        return ContentFiles.parseYaml(text, shown, diags)
                .flatMap(n -> YMap.of(n, shown, diags, "a section"))
                .map(m -> {
                    m.allow("id", "number", "title", "summary", "narrative", "intentions");
                    List<Intention> intentions = new ArrayList<>();
                    for (YMap im : m.maps("intentions")) {
                        intentions.add(intention(im));
                    }
                    return new Section(m.id("id"), m.integer("number"), m.text("title"),
                            m.markdown("summary", false), m.refs("narrative"), intentions, m.positions());
                });
    }

    private Intention intention(YMap m) {
        m.allow("id", "number", "area", "status", "priorities", "groups", "actions", "outcomes", "providers",
                "providers_as_printed", "continued", "gaps", "continues", "follows", "replaces", "timescale", "due");
        String id = m.id("id");
        // optional: a letter lists its priorities without numbers; unnumbered items keep the source order
        String number = m.text("number", "").strip();
        String area = m.text("area");
        IntentionStatus status = m.has("status")
                ? m.optChoice("status", IntentionStatus.choices()).flatMap(IntentionStatus::fromId)
                        .orElse(IntentionStatus.NOT_STATED)
                : IntentionStatus.NOT_STATED;
        List<String> gaps = m.textList("gaps");
        List<IntentionPart> parts = new ArrayList<>();
        // A recorded drafting gap may stand in for the proposed action the draft left empty.
        parts.add(part(m, gaps.isEmpty()));
        for (YMap c : m.maps("continued")) {
            c.allow("actions", "outcomes", "providers", "providers_as_printed");
            parts.add(part(c, false));
        }
        List<IntentionLink> links = new ArrayList<>();
        for (IntentionLink.Relation r : IntentionLink.Relation.values()) {
            m.planRefs(r.field()).forEach(ref -> links.add(new IntentionLink(r, ref)));
        }
        return new Intention(id, number, area, status, parts, m.refs("priorities"), m.refs("groups"), gaps,
                m.positions(), links, m.text("timescale", "").strip(), m.optPartialDate("due"));
    }

    private IntentionPart part(YMap m, boolean actionsRequired) {
        Markdown actions = m.markdown("actions", actionsRequired);
        if (actions.isBlank() && !m.has("outcomes") && !m.has("providers")) {
            diags.error(m.pos(), "an intention row needs `actions`, `outcomes` or `providers`");
        }
        Positions at = m.positions();
        return new IntentionPart(actions, m.markdown("outcomes", false), m.refs("providers"),
                m.text("providers_as_printed", ""), at);
    }

    private Optional<NarrativePage> narrative(Path file) {
        return cache.isEmpty()
                ? narrative(config.display(file), ContentFiles.readText(file, config.display(file), diags))
                : parsedOnce(file, PlanLoader::narrative, cache.get()::narrative, cache.get()::put);
    }

    private Optional<Meeting> meeting(String shown, Optional<String> text, MeetingLoader loader) {
        return ContentFiles.parseYaml(text, shown, diags).flatMap(n -> YMap.of(n, shown, diags, "a meeting"))
                .map(loader::load);
    }

    private Optional<NarrativePage> narrative(String shown, Optional<String> text) {
        return text.flatMap(t -> MarkdownFile.parse(t, shown, diags))
                .map(mf -> {
                    YMap m = mf.frontMatter().allow("id", "title", "number", "priorities", "groups", "intentions");
                    return new NarrativePage(m.id("id"), m.text("title"), m.optInt("number").orElse(null),
                            m.refs("priorities"), m.refs("groups"), m.refs("intentions"), mf.body(),
                            m.positions());
                });
    }
}
