package org.sheltergis.siting.solving;

import tools.jackson.databind.JsonNode;

/**
 * The fields of a request body every solve shares ({@code radius_m}, {@code budget}, {@code max_sites},
 * {@code capacitated}, {@code solver}, {@code time_limit_s}, {@code tie_break}): the request records of register runs
 * and of given instances implement it, and {@link SolveParameters#read} holds their rules once for both.
 */
public interface SolveFields {

    Double radiusM();

    /**
     * A number of yuan, a word ({@code "ledger"}, {@code "none"}), JSON null (no budget limit) or Java null when the
     * body leaves it out (the ledger balance, for register runs): kept as JSON so the last two stay apart.
     */
    JsonNode budget();

    Integer maxSites();

    Boolean capacitated();

    String solver();

    Double timeLimitS();

    Boolean tieBreak();
}
