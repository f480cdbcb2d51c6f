package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionStatus;
import uk.nhs.intentions.model.Positions;
import uk.nhs.intentions.model.SourcePos;

/** A list of what mentions something shows each intention once, however often it is mentioned. */
class CrossLinksTest {
    private static Intention intention(String id, String number, String area, int line) {
        return new Intention(id, number, area, IntentionStatus.DRAFT, List.of(), List.of(), List.of(), List.of(),
                Positions.of(new SourcePos("content/plans/imaginary-2099-00/sections/1-fictional.yml", line, 5)));
    }

    @Test
    void anIntentionMentionedTwiceIsListedOnceAtItsFirstMention() {
        Intention first = intention("fictional-clinic", "1.2", "Fictional clinic", 3);
        Intention other = intention("imaginary-ward", "1.1", "Imaginary ward", 9);
        // the same intention met again through another mention: an equal record, or one read again
        Intention again = intention("fictional-clinic", "1.2", "Fictional clinic", 3);

        List<Intention> once = CrossLinks.distinct(List.of(first, other, again, other));

        assertEquals(List.of("fictional-clinic", "imaginary-ward"), once.stream().map(Intention::id).toList());
        assertSame(first, once.get(0));
        assertEquals(List.of("1.1", "1.2"), CrossLinks.sortedIntentions(List.of(first, other, again)).stream()
                .map(Intention::number).toList());
    }
}
