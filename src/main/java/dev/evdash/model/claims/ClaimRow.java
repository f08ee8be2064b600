package dev.evdash.model.claims;

import dev.evdash.data.Claim;
import dev.evdash.data.Partnership;
import dev.evdash.data.Source;
import dev.evdash.model.ClaimCheck;
import java.util.List;
import java.util.Optional;

/**
 * One of the article's claims as the Claims view shows it.
 *
 * @param number its place in the article's list, from 1
 * @param verdict holds, does not match, …; null for advice, which is tracked rather than judged
 * @param computed the verdict (or, for advice, the record) follows from the data as it is today
 * @param record what the record says, in words
 * @param check for a figure claim with a record, the figures set side by side
 */
public record ClaimRow(Claim claim, int number, Claim.Verdict verdict, boolean computed, String record,
        String claimScope, String recordScope, String reasoning, List<Source> sources, List<Partnership> partnerships,
        Optional<ClaimCheck> check) {

    public ClaimRow {
        sources = List.copyOf(sources);
        partnerships = List.copyOf(partnerships);
    }

    /** "does not match", "advice". */
    public String verdictWords() {
        return verdict == null ? "advice" : verdict.words();
    }

    /**
     * Whether the claim concerns a company: a party to its partnerships, the company of its series, the
     * company of the metrics its advice names ({@code adviceCompanies}), or named in its words
     * ({@code shortName}, as a whole word: "BMW", "BYD").
     */
    public boolean concerns(String companyId, String shortName, java.util.Set<String> adviceCompanies) {
        if (partnerships.stream().anyMatch(p -> p.parties().contains(companyId))
                || check.map(c -> companyId.equals(c.series().company())).orElse(false)) {
            return true;
        }
        if (claim.topic() == Claim.Topic.ADVICE) {
            return adviceCompanies.contains(companyId);
        }
        return shortName != null && !shortName.isBlank() && java.util.regex.Pattern.compile(
                "\\b" + java.util.regex.Pattern.quote(shortName) + "\\b", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(claim.claim()).find();
    }
}
