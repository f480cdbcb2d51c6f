package uk.nhs.intentions.render.outputs;

import java.util.List;
import java.util.Optional;

import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageRenderer;
import uk.nhs.intentions.render.RenderContext;

/** Makes files that are not rendered pages (sitemap, search index, charts, …) as (path, bytes). */
public interface OutputStep {

    /**
     * What a step may read: the index and renderers, the site's pages, the previously published site, and the
     * theme's page renderer (documents render their print templates with it; absent in some tests).
     * {@code documentsLater}, present only in {@code serve}: documents (PDFs) the previous site already has
     * are kept as they are for now, each path told to this consumer, and a follow-up build makes them, so an
     * edit shows in the pages without waiting for PDF layout.
     */
    record Input(RenderContext ctx, List<Page> pages, PreviousSite previous, Optional<PageRenderer> renderer,
            Optional<java.util.function.Consumer<String>> documentsLater) {
        public Input {
            pages = List.copyOf(pages);
        }

        public Input(RenderContext ctx, List<Page> pages, PreviousSite previous, Optional<PageRenderer> renderer) {
            this(ctx, pages, previous, renderer, Optional.empty());
        }

        public Input(RenderContext ctx, List<Page> pages, PreviousSite previous) {
            this(ctx, pages, previous, Optional.empty());
        }
    }

    /**
     * Whether the step's files are written before the pages are rendered: downloads (data files, feeds) are,
     * so pages can link them with their sizes ({@code RenderContext.downloads()}). Such a step must not read
     * anything the pages produce.
     */
    default boolean beforePages() {
        return false;
    }

    /**
     * Whether {@code serve}'s first build after an edit may keep the step's files as the last build made them,
     * for the catch-up build straight after to make again: files the page an author is looking at does not show
     * (feeds, the sitemap). Theme assets and charts, which pages show, are made at once.
     */
    default boolean canWait() {
        return false;
    }

    /** The files this step contributes, in a stable order. */
    List<Output> outputs(Input in);
}
