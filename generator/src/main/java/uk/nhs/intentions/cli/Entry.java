package uk.nhs.intentions.cli;

import java.util.Optional;

/**
 * The jar's entry point. A {@code build} that the build daemon runs needs nothing of the command line here but
 * the hand-over, so this class loads no more than that (no picocli, no lambdas: each costs a client's start
 * time); any other command, or a build the daemon cannot take, goes to {@link Main}.
 */
public final class Entry {
    private Entry() {
    }

    public static void main(String[] args) {
        Optional<Integer> daemon = BuildClient.run(args, System.getenv());
        System.exit(daemon.isPresent() ? daemon.get() : Main.run(args));
    }
}
