package uk.nhs.intentions.render;

import java.util.List;

/** Produces the pages of one kind (all intention pages, all provider pages, …) from the index. */
public interface PageBuilder {
    List<Page> build(RenderContext ctx);
}
