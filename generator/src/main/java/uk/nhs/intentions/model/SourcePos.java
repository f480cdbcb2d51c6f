package uk.nhs.intentions.model;

/** Where a value came from: a path relative to the site folder, 1-based line and column (0 when unknown). */
public record SourcePos(String path, int line, int column) {

    public static SourcePos file(String path) {
        return new SourcePos(path, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return path;
        }
        return path + ":" + line + ":" + Math.max(column, 1);
    }
}
