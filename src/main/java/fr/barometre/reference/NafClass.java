package fr.barometre.reference;

/** One sous-classe of NAF rév. 2: code ({@code 27.20Z}), French label, section letter. */
public record NafClass(String code, String label, String section) {}
