package uk.nhs.intentions.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.model.SourcePos;

/**
 * Every link by id in every Markdown text of the site ({@code provider:}, {@code intention:}, {@code priority:},
 * {@code plan:}, {@code commissioner:}) must name something that exists; the error is at the link's own file,
 * line and column, with the nearest id when there is one. A mistyped scheme ({@code provder:}) is an error too,
 * and a link the renderer would remove (any scheme but http, https and mailto) a warning.
 * <p>
 * The texts are found by walking the model's records, so a Markdown field added later is checked without a
 * change here.
 */
final class MarkdownLinkCheck implements Check {
    private static final List<String> KEPT = List.of("http", "https", "mailto");

    @Override
    public void run(Site site, Diagnostics diags) {
        MarkdownLinks links = MarkdownLinks.of(site);
        MarkdownLinks.eachMarkdown(site, md -> {
            for (MarkdownLinks.Written w : MarkdownLinks.links(md)) {
                check(links, w, md.pos(), diags);
            }
        });
    }

    private static void check(MarkdownLinks links, MarkdownLinks.Written w, SourcePos textStart, Diagnostics diags) {
        String dest = w.destination();
        if (MarkdownLinks.kindOf(dest).isPresent()) {
            if (links.resolve(dest, textStart) instanceof MarkdownLinks.Resolution.Problem p) {
                Diagnostic d = Diagnostic.error(w.pos(), p.message());
                diags.add(p.hint().isEmpty() ? d : d.withHint(p.hint()));
            }
            return;
        }
        Optional<String> scheme = scheme(dest);
        if (scheme.isEmpty() || KEPT.contains(scheme.get())) {
            return;
        }
        List<String> ours = java.util.Arrays.stream(MarkdownLinks.Kind.values()).map(MarkdownLinks.Kind::scheme)
                .toList();
        java.util.Optional<String> near = uk.nhs.intentions.support.Spelling.closest(scheme.get(), ours);
        if (near.isPresent()) {
            diags.add(Diagnostic.error(w.pos(), "unknown kind of link `" + scheme.get() + ":`")
                    .withHint("did you mean `" + near.get() + ":`? Links by id are " + String.join(", ",
                            ours.stream().map(s -> "`" + s + ":`").toList())));
        } else {
            diags.add(Diagnostic.warning(w.pos(), "the link to `" + shortened(dest) + "` is removed from the page:"
                    + " only http, https and mailto links, relative links and links by id are kept"));
        }
    }

    /** The URL scheme of a destination (`javascript` in `javascript:…`), if it has one. */
    private static Optional<String> scheme(String dest) {
        int colon = dest.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String s = dest.substring(0, colon);
        if (!s.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return Optional.empty();
        }
        return Optional.of(s.toLowerCase(Locale.ROOT));
    }

    private static String shortened(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

}
