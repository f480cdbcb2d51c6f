package uk.nhs.intentions.model;

import java.time.LocalTime;

/**
 * How to take part in a consultation round, as rounds.yml states it: the time on the closing day responses
 * must arrive by (null when not stated), where to send them (email address, postal address, online form; ""
 * for each not given), how to respond and what happens after the round closes (Markdown).
 */
public record RoundResponding(LocalTime closesAt, String email, String post, String form, Markdown howToRespond,
        Markdown whatHappensNext) {
    public static final RoundResponding NONE = new RoundResponding(null, "", "", "", Markdown.EMPTY, Markdown.EMPTY);

    public boolean hasContact() {
        return !email.isEmpty() || !post.isEmpty() || !form.isEmpty();
    }
}
