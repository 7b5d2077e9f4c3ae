package org.vigie.core.model;

/** Coarse entity types of the JSON contract (CoNLL style). */
public enum EntityType {
    PER, LOC, ORG, MISC;

    /** Maps a tagger's label (PERSON, I-PER, LOCATION, ...) to a contract type, or null for "O". */
    public static EntityType fromTag(String tag) {
        if (tag == null) return null;
        String t = tag.startsWith("B-") || tag.startsWith("I-") ? tag.substring(2) : tag;
        return switch (t) {
            case "PER", "PERSON" -> PER;
            case "LOC", "LOCATION", "GPE", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOC;
            case "ORG", "ORGANIZATION" -> ORG;
            case "MISC", "NORP", "NATIONALITY", "RELIGION", "TITLE" -> MISC;
            default -> null;
        };
    }
}
