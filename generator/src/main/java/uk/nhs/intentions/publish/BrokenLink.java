package uk.nhs.intentions.publish;

/** One broken reference in a built site: the page (site path), the link as written, and why it is broken. */
public record BrokenLink(String page, String target, String reason) {
    public String format() {
        return page + ": error: broken link to " + target + " (" + reason + ")";
    }
}
