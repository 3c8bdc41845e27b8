package nl.werkbank.assignment;

/** The twelve provinces of the Netherlands; where a postcode area lies ({@link PostcodeAreas}). */
public enum Province {
    DRENTHE,
    FLEVOLAND,
    FRIESLAND,
    GELDERLAND,
    GRONINGEN,
    LIMBURG,
    NOORD_BRABANT,
    NOORD_HOLLAND,
    OVERIJSSEL,
    UTRECHT,
    ZEELAND,
    ZUID_HOLLAND
}
