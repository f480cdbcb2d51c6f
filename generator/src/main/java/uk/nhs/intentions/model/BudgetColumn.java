package uk.nhs.intentions.model;

/**
 * A column of a budget table. {@code group} is the spanning heading above it ("Excluded from scope");
 * {@code unit} null means the table's unit; {@code formula} null means its figures are given, not derived.
 */
public record BudgetColumn(String id, String label, String group, Unit unit, BudgetFormula formula,
        Positions at) {

    /** The column as a reader names it: its spanning group heading, then its own ("Excluded from scope 08/09"). */
    public String heading() {
        return group.isEmpty() ? label : group + " " + label;
    }
}
