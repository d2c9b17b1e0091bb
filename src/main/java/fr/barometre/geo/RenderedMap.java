package fr.barometre.geo;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A drawn map: the image, the classes its colours stand for, and for each département a pixel
 * inside it (its interior point), to label it or check its colour — on the main map or an overseas
 * inset ({@code anchors}) and, for those drawn again in the map's zoom, in the zoom
 * ({@code zoomAnchors}, empty without a zoom).
 */
public record RenderedMap(
    BufferedImage image,
    DivergingClasses classes,
    Map<String, Point2D> anchors,
    Map<String, Point2D> zoomAnchors) {

  /** Writes the image as PNG, creating the folder if needed. */
  public void writePng(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      if (!ImageIO.write(image, "png", file.toFile())) {
        throw new IOException("no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write map " + file, e);
    }
  }
}
