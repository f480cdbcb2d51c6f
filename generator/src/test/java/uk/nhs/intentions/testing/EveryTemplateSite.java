package uk.nhs.intentions.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.nhs.intentions.cli.Main;

/**
 * The {@code sites/every-template.txtar} fixture: a small site with every page type. Each {@code @T@}
 * placeholder (a free-text field) is replaced by {@code text.apply(n)} for its occurrence number n; round
 * {@code r1} is then closed and the plan edited, so the changes pages have something to show.
 */
public final class EveryTemplateSite {
    private static final Pattern PLACEHOLDER = Pattern.compile("@T@");

    private EveryTemplateSite() {
    }

    /** Writes the site into {@code dir}; returns its config file and how many fields were filled. */
    public record Written(Path config, int fields) {
    }

    public static Written write(Path dir, IntFunction<String> text) {
        String txtar = TestSites.resource("sites/every-template.txtar");
        Matcher m = PLACEHOLDER.matcher(txtar);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(text.apply(++n)));
        }
        m.appendTail(sb);
        Path config = TestSites.write(dir, sb.toString());
        int rc = Main.run("round", "close", "r1", "--config", config.toString());
        if (rc != 0) {
            throw new IllegalStateException("round close failed with exit code " + rc);
        }
        try {
            Path section = dir.resolve("content/plans/test-2008-09/sections/1-acute.yml");
            String s = Files.readString(section)
                    .replace("status: consultation", "status: agreed")
                    .replace("    number: \"1.2\"", "    number: \"1.3\"");
            Files.writeString(section, s + """
                      - id: 1-4-new
                        number: "1.4"
                        area: Added after the round
                        actions: A new intention.
                        providers: [city-hospital]
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(config, n);
    }
}
