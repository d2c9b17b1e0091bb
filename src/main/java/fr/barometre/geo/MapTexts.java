package fr.barometre.geo;

/** The words of a map: title, legend heading, and the source line printed at the bottom. */
public record MapTexts(String title, String legendTitle, String source) {}
