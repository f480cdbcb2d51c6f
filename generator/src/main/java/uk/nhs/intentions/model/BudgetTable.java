package uk.nhs.intentions.model;

import java.util.List;

/** A budget table. Extended by the finance work; kept minimal here. */
public record BudgetTable(String id, String title, Markdown notes, Positions at) {
}
