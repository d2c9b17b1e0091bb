package fr.barometre.demo;

import fr.barometre.config.BarometreConfig;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * THE single call site of the report: {@code fr.barometre.report.ReportJob.run(SparkSession,
 * BarometreConfig, String vintage, Path outDir) → Path} (the HTML page; maps are PNGs beside it),
 * built in another package. It is called by reflection so that the demo compiles and runs before
 * that class is merged; then it answers empty. Once {@code ReportJob} is on main, this class can
 * become a direct call.
 */
final class DemoReportHook {
  static final String REPORT_JOB = "fr.barometre.report.ReportJob";

  private DemoReportHook() {}

  static Optional<Path> build(SparkSession spark, BarometreConfig config, String vintage, Path outDir) {
    Class<?> job;
    try {
      job = Class.forName(REPORT_JOB);
    } catch (ClassNotFoundException e) {
      return Optional.empty(); // not merged yet
    }
    try {
      Object html = job.getMethod("run", SparkSession.class, BarometreConfig.class, String.class, Path.class)
          .invoke(null, spark, config, vintage, outDir);
      return Optional.of((Path) html);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(REPORT_JOB + ".run has not the expected signature", e);
    }
  }
}
