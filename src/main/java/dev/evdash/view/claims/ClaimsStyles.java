package dev.evdash.view.claims;

import dev.evdash.data.Claim;

/** The style class of a verdict, wherever one is shown: holds green, does not match red, the rest muted. */
public final class ClaimsStyles {

    private ClaimsStyles() {}

    public static String of(Claim.Verdict v) {
        if (v == null) {
            return "verdict-advice";
        }
        return switch (v) {
            case HOLDS -> "verdict-good";
            case PARTLY_HOLDS -> "verdict-partial";
            case DOES_NOT_MATCH -> "verdict-bad";
            case UNCONFIRMED, NO_SOURCE_FOUND -> "verdict-unknown";
        };
    }
}
