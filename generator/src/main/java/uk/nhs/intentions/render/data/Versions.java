package uk.nhs.intentions.render.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.nhs.intentions.index.changes.PlanChanges;
import uk.nhs.intentions.model.ConsultationRound;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.PlanSnapshot;
import uk.nhs.intentions.model.SiteSettings;

/**
 * The published versions of a plan, oldest first: the version consulted on in each closed round, then the
 * current one, each with the date the content gives it (never the clock). A round's version is dated by the
 * day the round opened (else closed); the current version by the plan's {@code updated}, else
 * {@code published}. A version the content does not date takes the plan's date, else the configured build
 * date; {@link #date()} is empty only when none of these exists.
 */
record Versions(Plan plan, List<Version> all, Optional<LocalDate> planDate) {

    /** One version: {@code round} is null for the current one. */
    record Version(String id, String label, ConsultationRound round, PlanSnapshot snapshot, Optional<LocalDate> date) {
        boolean current() {
            return round == null;
        }
    }

    static Versions of(Plan plan, PlanChanges changes, SiteSettings settings, PlanSnapshot current) {
        Optional<LocalDate> planDate = plan.updated().or(plan::published).or(settings::buildDate);
        List<Version> all = new ArrayList<>();
        for (ConsultationRound r : changes.closedRounds()) {
            Optional<LocalDate> d = Optional.ofNullable(r.opens()).or(() -> Optional.ofNullable(r.closes()));
            all.add(new Version(r.id(), r.name(), r, r.snapshot(), d.or(() -> planDate)));
        }
        all.add(new Version("current", PlanChanges.CURRENT, null, current, planDate));
        return new Versions(plan, List.copyOf(all), planDate);
    }

    Version current() {
        return all.get(all.size() - 1);
    }

    /** The version that followed the closed round {@code roundId} (the next round's, or the current one). */
    Optional<Version> after(String roundId) {
        for (int i = 0; i + 1 < all.size(); i++) {
            if (all.get(i).id().equals(roundId)) {
                return Optional.of(all.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** The latest date of any version: the feed's and the release package's date. */
    Optional<LocalDate> date() {
        return all.stream().map(Version::date).flatMap(Optional::stream).max(LocalDate::compareTo);
    }

    static String dateTime(LocalDate d) {
        return d + "T00:00:00Z";
    }
}
