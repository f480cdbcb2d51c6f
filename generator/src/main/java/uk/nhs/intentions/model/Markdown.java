package uk.nhs.intentions.model;

/** Markdown source text as the editor wrote it, with where its first line sits in the file. */
public record Markdown(String source, SourcePos pos) {
    public static final Markdown EMPTY = new Markdown("", SourcePos.file(""));

    public boolean isBlank() {
        return source.isBlank();
    }
}
