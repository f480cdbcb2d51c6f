package uk.nhs.intentions.model;

import java.util.List;

/**
 * How a stated figure derives from others in the same table: a (signed) total, a percentage change, or a
 * percentage share. Row formulas name rows; column formulas name columns.
 */
public sealed interface BudgetFormula {
    SourcePos pos();

    /** One term of a total: {@code id} adds, {@code -id} subtracts. */
    record Term(Ref ref, boolean subtract) {
        @Override
        public String toString() {
            return (subtract ? "-" : "") + ref.id();
        }
    }

    /** The figure is the sum of the terms ({@code total:} / {@code sum:}). */
    record Total(List<Term> terms, SourcePos pos) implements BudgetFormula {
        public Total {
            terms = List.copyOf(terms);
        }
    }

    /** The figure is the percentage change from {@code from} to {@code to} ({@code change:}). */
    record Change(Ref from, Ref to, SourcePos pos) implements BudgetFormula {
    }

    /** The figure is {@code part} as a percentage of the sum of {@code whole} ({@code percent_of:}). */
    record PercentOf(Ref part, List<Term> whole, SourcePos pos) implements BudgetFormula {
        public PercentOf {
            whole = List.copyOf(whole);
        }
    }
}
